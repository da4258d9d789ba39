import { List, Space, Tag, Typography } from "antd";
import type { CellRef } from "../../../domain/report/finding.ts";

/** A finding as the API gives it: the rule, how serious, the message, its cells named. */
export interface FindingItem {
  rule: string;
  severity: "error" | "warning";
  message: string;
  cells: CellRef[];
  cellNames: string[];
  expected?: number | null;
  actual?: number | null;
}

/**
 * The findings of a report, errors first as the API orders them; choosing one (click or Enter)
 * points at its cells in the tables.
 */
export function FindingsList({
  findings,
  selected,
  onSelect,
}: {
  findings: readonly FindingItem[];
  selected: number | null;
  onSelect: (index: number) => void;
}) {
  return (
    <div data-testid="findings">
      <List
        size="small"
        bordered
        dataSource={findings as FindingItem[]}
        locale={{ emptyText: "没有发现问题" }}
        renderItem={(f, i) => (
          <List.Item
            role="button"
            tabIndex={0}
            aria-pressed={selected === i}
            data-rule={f.rule}
            style={{ cursor: "pointer", background: selected === i ? "#e6f4ff" : undefined }}
            onClick={() => onSelect(i)}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                onSelect(i);
              }
            }}
          >
            <Space orientation="vertical" size={2} style={{ width: "100%" }}>
              <Space wrap size={4}>
                <Tag color={f.severity === "error" ? "red" : "gold"}>
                  {f.severity === "error" ? "错误" : "提醒"}
                </Tag>
                <Typography.Text code>{f.rule}</Typography.Text>
                {f.expected !== undefined && f.expected !== null ? (
                  <Typography.Text type="secondary">
                    应为 {f.expected}，实为 {f.actual ?? "空"}
                  </Typography.Text>
                ) : null}
              </Space>
              <Typography.Text>{f.message}</Typography.Text>
              {f.cellNames.length > 0 ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  涉及单元格：{f.cellNames.join("；")}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  涉及正文或报告结构
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}
