import { Table, Tag, Typography } from "antd";
import type { ExplainedDay } from "./types.ts";

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];
const SEGMENTS: Record<string, string> = {
  statutory: "法定期限",
  extension: "延长期限",
  longer: "第三十五条期限",
};

function why(day: ExplainedDay): string {
  if (day.role === "counted") {
    const makeup = day.reason === "makeup" ? `，调休上班${day.name ? `（${day.name}）` : ""}` : "";
    const segment = day.segment ? `（${SEGMENTS[day.segment]}）` : "";
    return `计入：第 ${day.count} 个工作日${segment}${makeup}`;
  }
  if (day.role === "paused") {
    const by = day.pausedBy.map((ref) => (ref === "fee" ? "等待缴费" : `征求意见 ${ref}`)).join("、");
    return `不计入：暂停计算（${by}）`;
  }
  if (day.reason === "holiday") return `不计入：法定节假日${day.name ? `（${day.name}）` : ""}`;
  return "不计入：周末";
}

/** The reply deadline day by day: which days counted, which were skipped and why. */
export function DayExplanation({ days }: { days: ExplainedDay[] }) {
  const counted = days.filter((d) => d.role === "counted").length;
  const paused = days.filter((d) => d.role === "paused").length;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        共 {days.length} 天：计入 {counted} 个工作日，暂停 {paused} 个工作日，周末和节假日{" "}
        {days.length - counted - paused} 天。
      </Typography.Paragraph>
      <Table<ExplainedDay>
        rowKey="date"
        size="small"
        pagination={false}
        scroll={{ y: 320 }}
        dataSource={days}
        data-testid="day-explanation"
        columns={[
          {
            title: "日期",
            dataIndex: "date",
            width: 150,
            render: (date: string, d) => (
              <>
                {date}（周{WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}）
                {d.provisional ? (
                  <Tag color="orange" style={{ marginInlineStart: 4 }}>
                    暂定
                  </Tag>
                ) : null}
              </>
            ),
          },
          {
            title: "说明",
            key: "why",
            render: (_, d) =>
              d.role === "counted" ? why(d) : <Typography.Text type="secondary">{why(d)}</Typography.Text>,
          },
        ]}
      />
    </>
  );
}
