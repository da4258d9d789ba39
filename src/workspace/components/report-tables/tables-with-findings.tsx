import { Col, Row, Typography } from "antd";
import type { ReportModel } from "../../../domain/report/model.ts";
import { type FindingItem, FindingsList } from "./findings-list.tsx";
import { ReportTables } from "./report-tables.tsx";
import { useFindingMarks } from "./use-finding-marks.ts";

/**
 * A report's tables beside its findings: the marks show which cells are involved, and choosing a
 * finding scrolls to its cells and highlights them. Shared by the annual report and the checker.
 */
export function TablesWithFindings({
  report,
  findings,
}: {
  report: ReportModel;
  findings: readonly FindingItem[];
}) {
  const { marks, selected, select } = useFindingMarks(findings);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <ReportTables report={report} marks={marks} />
      </Col>
      <Col xs={24} xl={8}>
        <div style={{ position: "sticky", top: 16 }}>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            核查问题（{findings.length}）
          </Typography.Title>
          <FindingsList findings={findings} selected={selected} onSelect={select} />
        </div>
      </Col>
    </Row>
  );
}
