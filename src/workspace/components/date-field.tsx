import { DatePicker } from "antd";
import dayjs from "dayjs";

/**
 * A day as the API speaks it (`YYYY-MM-DD` text) in an antd DatePicker, for Form items: the form
 * holds the text, never a dayjs object, so it goes to the server as it is.
 */
export function DateField({
  value,
  onChange,
  id,
  placeholder,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  placeholder?: string;
}) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      format="YYYY-MM-DD"
      placeholder={placeholder ?? "选择日期"}
      onChange={(d) => onChange?.(d ? d.format("YYYY-MM-DD") : null)}
      style={{ width: "100%" }}
    />
  );
}
