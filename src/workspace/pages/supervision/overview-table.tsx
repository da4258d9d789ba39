import { Table, Typography } from "antd";
import { Link } from "react-router";
import { ReportStatus } from "./report-cell.tsx";
import type { Overview, OverviewRow } from "./supervision-types.ts";

type Node = OverviewRow & { children?: Node[] };

/** The rows (tree order, with parentId) as nested antd Table rows. */
function nest(rows: OverviewRow[]): Node[] {
  const byId = new Map<string, Node>(rows.map((r) => [r.agencyId, { ...r }]));
  const roots: Node[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (!parent) roots.push(node);
    else parent.children = [...(parent.children ?? []), node];
  }
  return roots;
}

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);

/**
 * 所辖机关一览: each agency with the figures of it and everything below (an agency without
 * subordinates: its own). A name opens that agency's subtree as the page's root.
 */
export function OverviewTable({ overview }: { overview: Overview }) {
  const { year, previousYear } = overview;
  const figure = (
    key: "open" | "dueSoon" | "overdue" | "provisional" | "received" | "missed",
    title: string,
  ) => ({
    title,
    key,
    align: "right" as const,
    render: (_: unknown, r: Node) => r.subtree[key],
  });
  return (
    <Table<Node>
      rowKey="agencyId"
      size="small"
      bordered
      pagination={false}
      scroll={{ x: true }}
      dataSource={nest(overview.rows)}
      expandable={{ defaultExpandAllRows: true }}
      data-testid="overview-table"
      caption={
        <Typography.Text type="secondary">
          截至 {overview.today}，所辖 {overview.agencies} 个机关；“5 日内到期”指 {overview.dueSoonUntil}{" "}
          前到期。含下级的机关显示合计。
        </Typography.Text>
      }
      columns={[
        {
          title: "机关",
          key: "name",
          fixed: "left",
          render: (_, r) =>
            r.childCount > 0 && r.depth > 0 ? (
              <Link to={`/supervision?agencyId=${encodeURIComponent(r.agencyId)}`}>{r.name}</Link>
            ) : (
              r.name
            ),
        },
        {
          title: "当前",
          children: [
            figure("open", "在办"),
            figure("dueSoon", "5 日内到期"),
            figure("overdue", "已超期"),
            figure("provisional", "期限暂定"),
          ],
        },
        {
          title: `${year} 年`,
          children: [
            figure("received", "收到"),
            figure("missed", "超期件数"),
            {
              title: "按时答复率",
              key: "rate",
              align: "right",
              render: (_, r) => percent(r.subtree.onTimeRate),
            },
          ],
        },
        {
          title: `${previousYear} 年度报告`,
          key: "previousReport",
          render: (_, r) => <ReportStatus cell={r.previousReport} />,
        },
        { title: `${year} 年度报告`, key: "report", render: (_, r) => <ReportStatus cell={r.report} /> },
      ]}
    />
  );
}
