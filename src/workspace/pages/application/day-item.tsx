import { Form, type FormItemProps } from "antd";
import { DateField } from "../../components/date-field.tsx";

/** A form field holding a day as the API speaks it (`YYYY-MM-DD` text): the step forms' date fields. */
export function DayItem(props: Omit<FormItemProps, "children">) {
  return (
    <Form.Item {...props}>
      <DateField />
    </Form.Item>
  );
}
