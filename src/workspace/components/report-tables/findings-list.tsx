import { Space, Tag, Typography } from "antd";
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

const BOX = { border: "1px solid #d9d9d9", borderRadius: 4, background: "#fff" } as const;

/**
 * The findings of a report in the API's order; each is a button (click, Enter or Space) that points
 * at its cells in the tables.
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
  if (findings.length === 0) {
    return (
      <div data-testid="findings" style={{ ...BOX, padding: 16, textAlign: "center" }}>
        <Typography.Text type="secondary">没有发现问题</Typography.Text>
      </div>
    );
  }
  return (
    <ol
      data-testid="findings"
      aria-label="核查问题"
      style={{ ...BOX, listStyle: "none", padding: 0, margin: 0 }}
    >
      {findings.map((f, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole
          key={i}
          data-rule={f.rule}
          style={{ borderTop: i === 0 ? undefined : "1px solid #f0f0f0" }}
        >
          <button
            type="button"
            aria-pressed={selected === i}
            onClick={() => onSelect(i)}
            style={{
              display: "block",
              width: "100%",
              padding: "8px 12px",
              border: "none",
              textAlign: "left",
              font: "inherit",
              cursor: "pointer",
              background: selected === i ? "#e6f4ff" : "transparent",
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
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {f.cellNames.length > 0 ? `涉及单元格：${f.cellNames.join("；")}` : "涉及正文或报告结构"}
              </Typography.Text>
            </Space>
          </button>
        </li>
      ))}
    </ol>
  );
}
