import { Alert } from "antd";
import { Link } from "react-router";
import { useCalendarStatus } from "./calendar-status.tsx";

/**
 * The holiday-schedule banner on every staff screen: from November on (or any time the current
 * year is missing) while next year's official schedule is not loaded, say which year, that deadlines
 * reaching into it are provisional, how many open applications that touches, and — for those who
 * may — where to load it.
 */
export function CalendarBanner() {
  const status = useCalendarStatus();
  if (!status?.banner.show) return null;
  const year = status.banner.missingYear;
  const open = status.provisional.subtreeOpen ?? status.provisional.open;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="calendar-banner"
      style={{ marginBottom: 16 }}
      title={status.banner.message ?? `尚未载入 ${year} 年法定节假日安排`}
      description={
        <span>
          涉及 {year} 年的期限均为<strong>暂定</strong>（按周末推算，已标注“暂定”）
          {open > 0 ? `，目前有 ${open} 件在办申请的答复期限为暂定` : ""}。
          {status.canLoad ? (
            <>
              {" "}
              <Link to={`/calendar?load=${year ?? ""}`}>载入 {year} 年节假日安排</Link>
            </>
          ) : (
            " 请联系系统管理员载入国务院办公厅公布的节假日安排。"
          )}
        </span>
      }
    />
  );
}
