import { Table, Tag } from "antd";
import { Link } from "react-router";
import { chinaTime } from "../../components/china-time.ts";
import type { CalendarYearSummary } from "./calendar-types.ts";

/** The years in force, newest first: where each came from and how many rest and make-up days it has. */
export function YearsTable({ years, loading }: { years: CalendarYearSummary[]; loading: boolean }) {
  return (
    <Table<CalendarYearSummary>
      rowKey="year"
      size="small"
      loading={loading}
      dataSource={[...years].reverse()}
      pagination={{ pageSize: 8, hideOnSinglePage: true }}
      data-testid="calendar-years"
      columns={[
        {
          title: "年份",
          dataIndex: "year",
          render: (y: number) => <Link to={`/calendar/${y}`}>{y} 年</Link>,
        },
        {
          title: "来源",
          key: "origin",
          render: (_, y) =>
            y.origin === "loaded" ? (
              <Tag color="blue">管理员载入{y.overridesBuiltin ? "（覆盖内置）" : ""}</Tag>
            ) : (
              <Tag>软件内置</Tag>
            ),
        },
        { title: "依据的通知", dataIndex: "source", ellipsis: true },
        { title: "放假日", dataIndex: "restDays", render: (n: number) => `${n} 天` },
        { title: "调休补班日", dataIndex: "workDays", render: (n: number) => `${n} 天` },
        {
          title: "载入时间",
          dataIndex: "loadedAt",
          render: (at: string | null) => (at ? chinaTime(at) : "—"),
        },
      ]}
    />
  );
}
