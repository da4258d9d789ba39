import { Select, Space } from "antd";
import { useSearchParams } from "react-router";
import { api } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { LoadFailure } from "../../components/load-failure.tsx";
import { PageTitle } from "../../components/page-title.tsx";
import { useServerToday } from "../../shell/calendar-status.tsx";
import { ChartsSection } from "./charts-section.tsx";
import { OverviewTable } from "./overview-table.tsx";
import type { Charts, Overview } from "./supervision-types.ts";

/**
 * 监督概览 (supervisors, system administrators): the subtree's table and four charts, for a year.
 * `?agencyId=` starts from an agency below one's own; one sideways or above is refused by the server
 * (无权查看).
 */
export default function SupervisionPage() {
  const [search, setSearch] = useSearchParams();
  const today = useServerToday();
  const thisYear = Number((today ?? new Date().toISOString()).slice(0, 4));
  const year = Number(search.get("year") ?? thisYear);
  const agencyId = search.get("agencyId") ?? undefined;
  const query = { year, agencyId };
  const key = `${year}:${agencyId ?? ""}`;
  const overview = useApi(`overview:${key}`, () => api.get<Overview>("/api/supervision/overview", query));
  const charts = useApi(`charts:${key}`, () => api.get<Charts>("/api/supervision/charts", query));
  const failure = overview.error ?? charts.error;
  const retry = () => {
    overview.reload();
    charts.reload();
  };
  if (failure) return <LoadFailure error={failure} onRetry={retry} />;

  const setYear = (y: number) => {
    const next = new URLSearchParams(search);
    next.set("year", String(y));
    setSearch(next);
  };
  return (
    <>
      <PageTitle
        title={`监督概览${overview.data ? `（${overview.data.root.name}）` : ""}`}
        extra={
          <Space>
            <label htmlFor="supervision-year">年度</label>
            <Select
              id="supervision-year"
              value={year}
              style={{ width: 110 }}
              onChange={setYear}
              options={[0, 1, 2, 3].map((i) => ({ value: thisYear - i, label: `${thisYear - i} 年` }))}
            />
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {overview.data ? <OverviewTable overview={overview.data} /> : null}
        {charts.data ? <ChartsSection charts={charts.data} /> : null}
      </Space>
    </>
  );
}
