import { Col, Row } from "antd";
import { ChartCard } from "./chart-card.tsx";
import {
  comparedLabel,
  monthlyOption,
  outcomesOption,
  overdueOption,
  PERIOD_FIGURES,
  yearOnYearOption,
} from "./chart-options.ts";
import type { Charts } from "./supervision-types.ts";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The index of the largest figure (the first on a tie). */
function peak(xs: number[]): number {
  return xs.reduce((best, x, i) => (x > (xs[best] ?? 0) ? i : best), 0);
}

/** The four charts of GET /api/supervision/charts, each with a summary sentence and a table. */
export function ChartsSection({ charts: c }: { charts: Charts }) {
  const names = c.units.map((u) => u.name);
  const monthPeak = peak(c.monthly.total);
  const overdueNow = c.overdueTrend.total.at(-1) ?? 0;
  const overduePeak = peak(c.overdueTrend.total);
  const closedTotal = sum(c.outcomes.byUnit.map((u) => u.closed));
  const y = c.yearOnYear;
  const last = y.toDate ? y.total.previousToDate : y.total.previous;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard
          testId="chart-monthly"
          title="每月收到的申请"
          summary={`最近 24 个月共收到 ${sum(c.monthly.total)} 件，最多的是 ${c.monthly.months[monthPeak]}（${c.monthly.total[monthPeak] ?? 0} 件）。`}
          option={monthlyOption(c)}
          table={{
            columns: ["月份", ...names, "合计"],
            rows: c.monthly.months.map((m, i) => [
              m,
              ...c.units.map((_, u) => c.monthly.byUnit[u]?.[i] ?? 0),
              c.monthly.total[i] ?? 0,
            ]),
          }}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          testId="chart-outcomes"
          title={`${c.year} 年办理结果构成`}
          summary={`${c.year} 年共办结 ${closedTotal} 件，其中${c.outcomes.categories.map((k) => `${k.label} ${c.outcomes.total[k.key] ?? 0} 件`).join("、")}。`}
          option={outcomesOption(c)}
          table={{
            columns: ["机关", ...c.outcomes.categories.map((k) => k.label), "办结合计"],
            rows: c.outcomes.byUnit.map((u, i) => [
              names[i] ?? "",
              ...c.outcomes.categories.map((k) => u.categories[k.key] ?? 0),
              u.closed,
            ]),
          }}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          testId="chart-overdue"
          title="超期未办结申请趋势（每月末）"
          summary={`目前在办且已超期 ${overdueNow} 件；最近 24 个月中最多的是 ${c.overdueTrend.days[overduePeak]}（${c.overdueTrend.total[overduePeak] ?? 0} 件）。`}
          option={overdueOption(c)}
          table={{
            columns: ["日期", ...names, "合计"],
            rows: c.overdueTrend.days.map((d, i) => [
              d,
              ...c.units.map((_, u) => c.overdueTrend.byUnit[u]?.[i] ?? 0),
              c.overdueTrend.total[i] ?? 0,
            ]),
          }}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          testId="chart-year-on-year"
          title={`${y.year} 年与${comparedLabel(c)}对比`}
          summary={`${y.year} 年收到 ${y.total.current.received} 件（${comparedLabel(c)} ${last.received} 件），办结 ${y.total.current.closed} 件（${last.closed} 件），超期 ${y.total.current.missed} 件（${last.missed} 件）。`}
          option={yearOnYearOption(c)}
          table={{
            columns: [
              "机关",
              ...PERIOD_FIGURES.flatMap((f) => [`${y.year} 年${f.label}`, `${comparedLabel(c)}${f.label}`]),
            ],
            rows: y.byUnit.map((u, i) => [
              names[i] ?? "",
              ...PERIOD_FIGURES.flatMap((f) => [
                u.current[f.key],
                (y.toDate ? u.previousToDate : u.previous)[f.key],
              ]),
            ]),
          }}
        />
      </Col>
    </Row>
  );
}
