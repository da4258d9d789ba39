import { Card, Collapse, Table, Typography } from "antd";
import type { ReactNode } from "react";
import { EChart } from "./echart.tsx";
import type { ChartOption } from "./echarts-setup.ts";

interface FallbackTable {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * A chart with its Chinese title (the card's heading), a sentence saying what it shows (read by
 * screen readers and shown to everyone), and its figures as a table for those who cannot see it.
 */
export function ChartCard({
  title,
  summary,
  option,
  table,
  testId,
}: {
  title: string;
  summary: ReactNode;
  option: ChartOption;
  table: FallbackTable;
  testId: string;
}) {
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>} data-testid={testId}>
      <Typography.Paragraph type="secondary">{summary}</Typography.Paragraph>
      <EChart option={option} label={`${title}：${typeof summary === "string" ? summary : ""}`} />
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: "table",
            label: "以表格查看数据",
            children: (
              <Table
                size="small"
                pagination={false}
                scroll={{ x: true }}
                rowKey={(r) => String(r[0])}
                dataSource={table.rows}
                columns={table.columns.map((c, i) => ({ title: c, key: String(i), render: (_, r) => r[i] }))}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
