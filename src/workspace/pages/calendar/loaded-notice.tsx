import { Alert } from "antd";
import type { CalendarYearLoaded } from "./calendar-types.ts";

/** What a load did: the counts of the year, and how many applications' deadlines were derived again. */
export function LoadedNotice({ result }: { result: CalendarYearLoaded }) {
  const { deadlines } = result;
  return (
    <Alert
      type="success"
      showIcon
      data-testid="calendar-loaded"
      title={`已载入 ${result.year} 年节假日安排：放假 ${result.restDays} 天，调休补班 ${result.workDays} 天`}
      description={`重新计算了 ${deadlines.checked} 件申请的期限，其中 ${deadlines.updated} 件有变化：涉及 ${result.year} 年的暂定期限现已按正式安排计算。${result.replacedLoaded ? "此前载入的同一年安排已被替换。" : ""}`}
    />
  );
}
