import { Space, Tag } from "antd";
import type { ApplicationSummary } from "../api/types.ts";
import { useServerToday } from "../shell/calendar-status.tsx";
import { DueDate } from "./due-date.tsx";

/**
 * An application's reply deadline in a list row: the date (暂定 when provisional) and, judged by
 * the server's day, a red 已超期 tag once it has passed. Closed applications show their closing day.
 */
export function SummaryDeadline({ app }: { app: ApplicationSummary }) {
  const today = useServerToday();
  if (!app.open) return <span>{app.closedOn ? `${app.closedOn} 办结` : "已办结"}</span>;
  if (app.phase === "awaitingCorrection") return <Tag>等待补正（暂停计算）</Tag>;
  if (app.phase === "submitted") return <Tag color="blue">待确认收到</Tag>;
  const overdue = today !== null && app.replyDueOn !== null && app.replyDueOn < today;
  return (
    <Space size={4}>
      <DueDate date={app.replyDueOn} provisional={app.dueProvisional} />
      {overdue ? <Tag color="red">已超期</Tag> : null}
    </Space>
  );
}
