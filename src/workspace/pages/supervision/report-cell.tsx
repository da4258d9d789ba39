import { Space, Tag, Tooltip } from "antd";
import type { ReportCell } from "./supervision-types.ts";

const TIMELINESS = {
  onTime: { label: "按时发布", color: "green" },
  late: { label: "逾期发布", color: "orange" },
  pending: { label: "未到期限", color: "default" },
  overdue: { label: "逾期未发布", color: "red" },
} as const;

const STATE = { none: "未编制", draft: "草稿", published: "已发布" } as const;

/** An agency's annual report in the overview: state, timeliness against its deadline, findings. */
export function ReportStatus({ cell }: { cell: ReportCell }) {
  if (!cell) return <span>—</span>;
  const t = TIMELINESS[cell.timeliness];
  return (
    <Space size={2} wrap>
      <Tooltip
        title={`发布期限 ${cell.deadline}${cell.latestPublished ? `；最近发布 ${cell.latestPublished.slice(0, 10)}` : ""}`}
      >
        <Tag color={t.color} tabIndex={0}>
          {STATE[cell.state]}·{t.label}
        </Tag>
      </Tooltip>
      {cell.errors !== null && cell.errors > 0 ? <Tag color="red">{cell.errors} 处错误</Tag> : null}
      {cell.warnings !== null && cell.warnings > 0 ? <Tag color="gold">{cell.warnings} 处提醒</Tag> : null}
    </Space>
  );
}
