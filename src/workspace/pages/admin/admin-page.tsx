import { Card, Col, Row, Tabs } from "antd";
import { useState } from "react";
import { PageTitle } from "../../components/page-title.tsx";
import { useMe } from "../../session/session.tsx";
import { AgencyDetails } from "./agency-details.tsx";
import { AgencyTree } from "./agency-tree.tsx";
import { AuditPanel } from "./audit-panel.tsx";
import { LetterSettingsForm } from "./letter-settings-form.tsx";
import { TemplatesPanel } from "./templates-panel.tsx";
import { UsersPanel } from "./users-panel.tsx";

/**
 * 系统管理 (agency and system administrators): pick an agency in the tree, then its details,
 * accounts, letter settings and templates, and audit log. The server decides what each may change;
 * its refusals show where they happen.
 */
export default function AdminPage() {
  const me = useMe();
  const [agencyId, setAgencyId] = useState(me.agency.id);
  return (
    <>
      <PageTitle title="系统管理" />
      <Row gutter={16}>
        <Col xs={24} lg={7}>
          <Card size="small" title="机构">
            <AgencyTree selected={agencyId} onSelect={setAgencyId} />
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          <Card size="small">
            <Tabs
              key={agencyId}
              items={[
                { key: "agency", label: "机关信息", children: <AgencyDetails agencyId={agencyId} /> },
                { key: "users", label: "账号", children: <UsersPanel agencyId={agencyId} /> },
                { key: "settings", label: "文书设置", children: <LetterSettingsForm agencyId={agencyId} /> },
                { key: "templates", label: "文书模板", children: <TemplatesPanel agencyId={agencyId} /> },
                { key: "audit", label: "审计日志", children: <AuditPanel agencyId={agencyId} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
