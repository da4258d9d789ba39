import { DatePicker, Form, type FormItemProps } from "antd";
import dayjs from "dayjs";

/**
 * A form field holding a day as the API speaks it (`YYYY-MM-DD` text) in an antd DatePicker: the
 * form's value stays text, so it goes to the server as it is and server issues match by name.
 */
export function DayItem(props: Omit<FormItemProps, "children">) {
  return (
    <Form.Item
      {...props}
      getValueProps={(v: string | null | undefined) => ({ value: v ? dayjs(v) : null })}
      normalize={(d: dayjs.Dayjs | null) => (d ? d.format("YYYY-MM-DD") : undefined)}
    >
      <DatePicker format="YYYY-MM-DD" style={{ width: "100%" }} />
    </Form.Item>
  );
}
