import { Alert, Space, Tag, Tooltip } from "antd";
import { FORMATS, type FormatVersion } from "../../../domain/report/format/index.ts";
import type { FindingItem } from "../../components/report-tables/findings-list.tsx";

/**
 * The cross-checks at a glance: green when every error-level rule passes, red naming how many
 * fail; one tag per error-level rule of the format, its description on hover.
 */
export function CheckStatus({
  format,
  findings,
  crossYearChecked = true,
}: {
  format: FormatVersion;
  findings: readonly FindingItem[];
  /** false: no readable report of last year was given, so the cross-year rules were not applied. */
  crossYearChecked?: boolean;
}) {
  const failing = new Set(findings.filter((f) => f.severity === "error").map((f) => f.rule));
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const rules = FORMATS[format].rules.filter((r) => r.severity === "error");
  const ok = failing.size === 0;
  return (
    <Alert
      type={ok ? "success" : "error"}
      showIcon
      data-testid="check-status"
      data-ok={ok}
      title={
        ok
          ? `勾稽关系核查全部通过（${rules.length} 条错误级规则）${warnings > 0 ? `，另有 ${warnings} 条提醒` : ""}`
          : `有 ${failing.size} 条规则未通过，共 ${findings.length} 个问题；点击下方问题可定位到单元格`
      }
      description={
        <Space wrap size={[4, 4]}>
          {rules.map((r) => {
            const skipped = r.crossYear && !crossYearChecked;
            return (
              <Tooltip
                key={r.id}
                title={skipped ? `未核对（没有上年报告）：${r.description}` : r.description}
              >
                <Tag
                  color={skipped ? "default" : failing.has(r.id) ? "red" : "green"}
                  tabIndex={0}
                  data-rule={r.id}
                >
                  {skipped ? "—" : failing.has(r.id) ? "✗" : "✓"} {r.id}
                </Tag>
              </Tooltip>
            );
          })}
        </Space>
      }
    />
  );
}
