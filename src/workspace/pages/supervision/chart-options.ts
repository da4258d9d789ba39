import type { ChartOption } from "./echarts-setup.ts";
import type { Charts } from "./supervision-types.ts";

/** The four charts of the supervisor's view as ECharts options, from GET /api/supervision/charts. */

const unitNames = (c: Charts) => c.units.map((u) => u.name);
const axisTooltip = { trigger: "axis" as const };
const legend = { type: "plain" as const, bottom: 0 };
const grid = { left: 48, right: 16, top: 24, bottom: 64, containLabel: true };

/** 每月收到的申请: one stacked bar per unit, month by month. */
export function monthlyOption(c: Charts): ChartOption {
  return {
    tooltip: axisTooltip,
    legend,
    grid,
    xAxis: { type: "category", data: c.monthly.months },
    yAxis: { type: "value", name: "件", minInterval: 1 },
    series: c.units.map((u, i) => ({
      type: "bar",
      name: u.name,
      stack: "received",
      data: c.monthly.byUnit[i] ?? [],
    })),
  };
}

/** 办理结果构成: for each unit, its closed applications stacked by table 三 category. */
export function outcomesOption(c: Charts): ChartOption {
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend,
    grid: { ...grid, left: 16 },
    xAxis: { type: "value", name: "件", minInterval: 1 },
    yAxis: { type: "category", data: unitNames(c), inverse: true },
    series: c.outcomes.categories.map((cat) => ({
      type: "bar",
      name: cat.label,
      stack: "outcomes",
      data: c.outcomes.byUnit.map((u) => u.categories[cat.key] ?? 0),
    })),
  };
}

/** 超期趋势: open overdue applications at each month's end, per unit and in total. */
export function overdueOption(c: Charts): ChartOption {
  return {
    tooltip: axisTooltip,
    legend,
    grid,
    xAxis: { type: "category", data: c.overdueTrend.days },
    yAxis: { type: "value", name: "件", minInterval: 1 },
    series: [
      { type: "line", name: "合计", data: c.overdueTrend.total, lineStyle: { width: 3 } },
      ...c.units.map((u, i) => ({
        type: "line" as const,
        name: u.name,
        data: c.overdueTrend.byUnit[i] ?? [],
      })),
    ],
  };
}

/** The year compared with last year — to the same day while the year runs. */
export function comparedLabel(c: Charts): string {
  const y = c.yearOnYear;
  return y.toDate ? `${y.previousYear} 年同期` : `${y.previousYear} 年`;
}

export const PERIOD_FIGURES = [
  { key: "received", label: "收到" },
  { key: "closed", label: "办结" },
  { key: "missed", label: "超期" },
] as const;

/** 同比: received, closed and missed this year beside last year's (same period), over the subtree. */
export function yearOnYearOption(c: Charts): ChartOption {
  const y = c.yearOnYear;
  const last = y.toDate ? y.total.previousToDate : y.total.previous;
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend,
    grid,
    xAxis: { type: "category", data: PERIOD_FIGURES.map((f) => f.label) },
    yAxis: { type: "value", name: "件", minInterval: 1 },
    series: [
      { type: "bar", name: comparedLabel(c), data: PERIOD_FIGURES.map((f) => last[f.key]) },
      { type: "bar", name: `${y.year} 年`, data: PERIOD_FIGURES.map((f) => y.total.current[f.key]) },
    ],
  };
}
