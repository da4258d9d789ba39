import { Space, Tag, Tooltip } from "antd";

/**
 * A deadline as every screen shows it: the date, and a 暂定 tag with the reason when it was counted
 * over a year whose official holiday schedule is not loaded yet. Use this wherever a deadline
 * appears, so that no provisional date ever looks exact.
 */
export function DueDate({ date, provisional }: { date: string | null | undefined; provisional: boolean }) {
  if (!date) return <span>—</span>;
  return (
    <Space size={4}>
      <span>{date}</span>
      {provisional ? <ProvisionalTag year={date.slice(0, 4)} /> : null}
    </Space>
  );
}

/** The 暂定 tag, with a tooltip saying why (reachable by keyboard: the tag takes focus). */
function ProvisionalTag({ year }: { year: string }) {
  return (
    <Tooltip
      title={`${year} 年的法定节假日安排尚未载入，此期限暂按周末推算，可能有误；管理员载入后将自动改为准确日期。`}
    >
      <Tag
        color="orange"
        tabIndex={0}
        aria-label={`暂定：${year} 年节假日安排尚未载入`}
        style={{ marginInlineEnd: 0 }}
      >
        暂定
      </Tag>
    </Tooltip>
  );
}
