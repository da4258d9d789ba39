import { Space, Tag } from "antd";
import type { ApplicationSummary, DueStanding } from "../api/types.ts";
import { useServerToday } from "../shell/calendar-status.tsx";
import { DueDate } from "./due-date.tsx";

/**
 * An application's reply deadline in a list row: the date (暂定 when provisional) and how it stands
 * today — working days left, due soon, or overdue by N working days (the list answers `due` for
 * each row; without it, a red 已超期 tag judged by the server's day). Closed applications show
 * their closing day.
 */
export function SummaryDeadline({ app }: { app: ApplicationSummary & { due?: DueStanding } }) {
  const today = useServerToday();
  if (!app.open) return <span>{app.closedOn ? `${app.closedOn} 办结` : "已办结"}</span>;
  if (app.phase === "awaitingCorrection") return <Tag>等待补正（暂停计算）</Tag>;
  if (app.phase === "submitted") return <Tag color="blue">待确认收到</Tag>;
  const overdue = today !== null && app.replyDueOn !== null && app.replyDueOn < today;
  return (
    <Space size={4} wrap>
      <DueDate date={app.replyDueOn} provisional={app.dueProvisional} />
      {app.due ? <StandingTag due={app.due} /> : overdue ? <Tag color="red">已超期</Tag> : null}
    </Space>
  );
}

/** 已超期 N 个工作日 · 今日到期 · N 个工作日内到期 · 剩 N 个工作日. */
function StandingTag({ due }: { due: NonNullable<DueStanding> }) {
  const n = due.workingDays;
  if (due.kind === "overdue") return <Tag color="red">已超期 {n} 个工作日</Tag>;
  if (due.kind === "dueSoon") return <Tag color="orange">{n === 0 ? "今日到期" : `${n} 个工作日内到期`}</Tag>;
  return <Tag color="green">按期，剩 {n} 个工作日</Tag>;
}
