import { Alert, Button, Card, Col, Descriptions, Row, Space, Tabs } from "antd";
import { useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import { PageTitle } from "../../components/page-title.tsx";
import { FindingsList } from "../../components/report-tables/findings-list.tsx";
import { TablesWithFindings } from "../../components/report-tables/tables-with-findings.tsx";
import { CheckStatus } from "../reports/check-status.tsx";
import { ReportFrame } from "../reports/report-frame.tsx";
import type { CheckResult } from "./checker-types.ts";
import { FileDrop } from "./file-drop.tsx";

/**
 * 报告检查: any published annual report (text, markdown, web page, Word, PDF) checked by every rule
 * of its format — its tables with the cells of the findings marked, the findings list, and the
 * report as read in the published layout. Last year's report, when given, adds the cross-year rules.
 */
export default function CheckerPage() {
  const [file, setFile] = useState<File | null>(null);
  const [previous, setPrevious] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<CheckResult | null>(null);

  const check = async () => {
    if (!file) return;
    const body = new FormData();
    body.set("file", file);
    if (previous) body.set("previous", previous);
    setBusy(true);
    setFailure(null);
    try {
      setResult(await api.post<CheckResult>("/api/check", body));
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="报告检查" />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FileDrop
            file={file}
            onChange={setFile}
            testId="drop-report"
            title="要检查的年度报告：拖到这里，或点击选择"
            hint="支持 txt、md、网页（html）、Word（docx）、PDF，每个不超过 20 MB"
          />
        </Col>
        <Col xs={24} md={12}>
          <FileDrop
            file={previous}
            onChange={setPrevious}
            testId="drop-previous"
            title="上一年度的报告（可选）"
            hint="用于跨年核对，如本年“上年结转”应等于上年“结转下年度”"
          />
        </Col>
      </Row>
      <Space style={{ margin: "16px 0" }}>
        <Button type="primary" disabled={!file} loading={busy} onClick={() => void check()}>
          开始核查
        </Button>
        {result ? <Button onClick={() => setResult(null)}>清除结果</Button> : null}
      </Space>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
      {result ? <CheckOutcome result={result} /> : null}
    </>
  );
}

function CheckOutcome({ result }: { result: CheckResult }) {
  const report = result.report;
  return (
    <Card data-testid="check-result">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: "file", label: "文件", children: result.file },
          { key: "agency", label: "机关", children: report?.agency ?? "未识别" },
          { key: "year", label: "年度", children: report?.year ?? "未识别" },
          {
            key: "previous",
            label: "上年报告",
            children: result.previous
              ? `${result.previous.file}（${result.previous.read ? `${result.previous.year ?? "年度未识别"} 年度` : "无法读取"}）`
              : "未提供（跨年规则未核对）",
          },
          { key: "format", label: "格式", children: report ? `${report.format} 年版` : "—" },
          {
            key: "counts",
            label: "核查结果",
            children: `${result.counts.errors} 个错误，${result.counts.warnings} 条提醒`,
          },
        ]}
      />
      {report ? (
        <>
          <CheckStatus
            format={report.format}
            findings={result.findings}
            crossYearChecked={result.previous?.read === true}
          />
          <Tabs
            style={{ marginTop: 12 }}
            items={[
              {
                key: "tables",
                label: "表格与核查问题",
                children: <TablesWithFindings report={report} findings={result.findings} />,
              },
              result.html
                ? {
                    key: "page",
                    label: "按发布版式查看",
                    children: <ReportFrame html={result.html} title="读出的报告" />,
                  }
                : null,
            ].filter((t) => t !== null)}
          />
        </>
      ) : (
        <>
          <Alert type="error" showIcon title="无法读取此文件，未能核查" style={{ margin: "12px 0" }} />
          <FindingsList findings={result.findings} selected={null} onSelect={() => {}} />
        </>
      )}
    </Card>
  );
}
