import { Tabs } from "antd";
import { PageTitle } from "../../components/page-title.tsx";
import { STAFF } from "../../pages.tsx";
import { hasAnyRole, useMe } from "../../session/session.tsx";
import { useServerToday } from "../../shell/calendar-status.tsx";
import { CasesTab } from "./cases-tab.tsx";
import { DocumentsTab } from "./documents-tab.tsx";
import { recentYears } from "./register-types.ts";
import { YearFiguresTab } from "./year-figures-tab.tsx";

/**
 * 登记簿: the registers the annual report counts — rules and normative documents (table 二), the
 * year's decisions and fee income, reconsideration and lawsuit cases (table 四) — of the user's agency.
 */
export default function RegistersPage() {
  const me = useMe();
  const today = useServerToday();
  const agencyId = me.agency.id;
  const canWrite = hasAnyRole(me, STAFF);
  return (
    <>
      <PageTitle title={`登记簿（${me.agency.name}）`} />
      <Tabs
        items={[
          {
            key: "documents",
            label: "规章和规范性文件",
            children: <DocumentsTab agencyId={agencyId} canWrite={canWrite} />,
          },
          {
            key: "figures",
            label: "许可、处罚、强制和收费",
            children: (
              <YearFiguresTab
                agencyId={agencyId}
                years={recentYears(today).slice(0, 5)}
                canWrite={canWrite}
              />
            ),
          },
          {
            key: "cases",
            label: "行政复议和行政诉讼",
            children: <CasesTab agencyId={agencyId} canWrite={canWrite} />,
          },
        ]}
      />
    </>
  );
}
