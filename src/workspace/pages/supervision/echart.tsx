import { useEffect, useRef } from "react";
import { type ChartOption, init } from "./echarts-setup.ts";

/**
 * One ECharts chart drawn as SVG into a div, redrawn when the option changes and resized with its
 * box. `label` becomes the chart's accessible name; the text fallback sits beside it (ChartCard).
 */
export function EChart({
  option,
  label,
  height = 300,
}: {
  option: ChartOption;
  label: string;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = init(el, undefined, { renderer: "svg", locale: "ZH" });
    chart.setOption({ ...option, aria: { enabled: true, label: { description: label } } });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option, label]);
  return <div ref={box} role="img" aria-label={label} style={{ width: "100%", height }} />;
}
