import { Alert, Space } from "antd";
import { useLocation, useParams, useSearchParams } from "react-router";
import { api, errorMessage } from "../../api/client.ts";
import { useApi } from "../../api/use-api.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { hasAnyRole, useMe } from "../../session/session.tsx";
import { useCalendarStatus } from "../../shell/calendar-status.tsx";
import type { CalendarYearLoaded, CalendarYearSummary } from "./calendar-types.ts";
import { LoadYear } from "./load-year.tsx";
import { LoadedNotice } from "./loaded-notice.tsx";
import { YearDays } from "./year-days.tsx";
import { YearsTable } from "./years-table.tsx";

/**
 * 工作日历: the years of the official holiday schedule in force, the days of one year
 * (/calendar/2027), and — for system administrators — loading next year's schedule
 * (/calendar?load=2027 from the banner).
 */
export default function CalendarPage() {
  const me = useMe();
  const status = useCalendarStatus();
  const params = useParams();
  const [search] = useSearchParams();
  const loaded = (useLocation().state as { loaded?: CalendarYearLoaded } | null)?.loaded;
  const years = useApi(`calendar-years:${params.year ?? ""}`, () =>
    api.get<CalendarYearSummary[]>("/api/calendar/years"),
  );
  const shown = Number(params.year ?? status?.current.year ?? 0);
  const loadYear = Number(search.get("load") || status?.next.year || shown + 1);
  const mayLoad = hasAnyRole(me, ["system_admin"]);

  return (
    <>
      <PageTitle title="工作日历" />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        {loaded ? <LoadedNotice result={loaded} /> : null}
        {years.error ? <Alert type="error" showIcon title={errorMessage(years.error)} /> : null}
        <YearsTable years={years.data ?? []} loading={years.loading} />
        {mayLoad ? (
          <LoadYear key={loadYear} initialYear={loadYear} />
        ) : (
          <Alert
            type="info"
            showIcon
            title="新一年的节假日安排由系统管理员载入。国务院办公厅公布通知后，如提示条仍在，请联系系统管理员。"
          />
        )}
        {shown > 0 ? <YearDays key={shown} year={shown} /> : null}
      </Space>
    </>
  );
}
