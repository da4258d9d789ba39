import { Alert, Card, Table, Tag } from "antd";
import { api } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import type { CalendarYear } from "./calendar-types.ts";

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
const weekday = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];

interface Day {
  date: string;
  name: string;
  kind: "rest" | "work";
}

/** One year's schedule: every rest day and every make-up working day (调休补班), in date order. */
export function YearDays({ year }: { year: number }) {
  const loaded = useApi(`calendar-year:${year}`, () => api.get<CalendarYear>(`/api/calendar/years/${year}`));
  if (loaded.error) return <LoadFailure error={loaded.error} onRetry={loaded.reload} />;
  const y = loaded.data;
  const days: Day[] = y
    ? [
        ...y.restDays.map((d) => ({ ...d, kind: "rest" as const })),
        ...y.workDays.map((d) => ({ ...d, kind: "work" as const })),
      ].sort((a, b) => a.date.localeCompare(b.date))
    : [];
  return (
    <Card title={`${year} 年节假日安排`} loading={loaded.loading} data-testid="year-days">
      {y ? (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title={`依据：${y.source}`}
          description={`${y.origin === "loaded" ? "管理员载入" : "软件内置"}；放假 ${y.restDays.length} 天，调休补班 ${y.workDays.length} 天。其余星期一至星期五为工作日，星期六、星期日休息。`}
        />
      ) : null}
      <Table<Day>
        rowKey="date"
        size="small"
        pagination={false}
        dataSource={days}
        columns={[
          { title: "日期", dataIndex: "date" },
          { title: "星期", key: "weekday", render: (_, d) => weekday(d.date) },
          {
            title: "安排",
            dataIndex: "kind",
            render: (k: Day["kind"]) =>
              k === "rest" ? <Tag color="red">放假</Tag> : <Tag color="blue">调休补班（计入工作日）</Tag>,
          },
          { title: "节日", dataIndex: "name" },
        ]}
      />
    </Card>
  );
}
