import { UploadOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Input, InputNumber, Typography, Upload } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ApiError, api, errorMessage, type FieldIssue } from "../../api/client.ts";
import { type CalendarYearLoaded, issuePath, jsonPlace } from "./calendar-types.ts";
import { FileFormatHelp } from "./file-format-help.tsx";

interface Refusal {
  message: string;
  issues: FieldIssue[];
}

/** The file's own `year`, when it is readable JSON with one. */
function yearOf(content: string): number | null {
  try {
    const given = (JSON.parse(content) as { year?: unknown } | null)?.year;
    return typeof given === "number" ? given : null;
  } catch {
    return null;
  }
}

/**
 * 载入节假日安排 (system administrators): the JSON file chosen or pasted, sent as it is; a refused
 * file lists every problem with its place in the file (`restDays[3].date`), as the API names them.
 * After a load the page moves to the loaded year (a new address: the banner's status is asked again).
 */
export function LoadYear({ initialYear }: { initialYear: number }) {
  const navigate = useNavigate();
  const [year, setYear] = useState<number>(initialYear);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Refusal | null>(null);

  const load = async () => {
    setOutcome(null);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      const message = `文件不是有效的 JSON${jsonPlace(err)}，请检查括号、引号和逗号`;
      setOutcome({ message, issues: [] });
      return;
    }
    setBusy(true);
    try {
      const result = await api.put<CalendarYearLoaded>(`/api/calendar/years/${year}`, body);
      navigate(`/calendar/${result.year}`, { state: { loaded: result } });
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues.filter((i) => i.path.length > 0) : [];
      setOutcome({ message: errorMessage(err), issues });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="载入下一年的节假日安排" data-testid="calendar-load">
      <Typography.Paragraph>
        国务院办公厅公布下一年的《部分节假日安排的通知》后，按通知逐日写成 JSON
        文件，在这里选择文件或直接粘贴内容后载入。 载入后，所有暂定的期限按正式安排重新计算，提示条随之消失。
      </Typography.Paragraph>
      <FileFormatHelp />
      <Flex gap={8} align="center" wrap style={{ margin: "12px 0" }}>
        <label htmlFor="calendar-year">年份</label>
        <InputNumber
          id="calendar-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((content) => {
              setText(content);
              setYear((current) => yearOf(content) ?? current);
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>选择 JSON 文件</Button>
        </Upload>
      </Flex>
      <Input.TextArea
        aria-label="节假日安排 JSON"
        rows={8}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder='{"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知", "restDays": [...], "workDays": [...]}'
        style={{ fontFamily: "monospace" }}
      />
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        loading={busy}
        disabled={text.trim() === ""}
        onClick={load}
      >
        载入 {year} 年安排
      </Button>
      {outcome ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginTop: 12 }}
          title={outcome.message}
          data-testid="calendar-load-error"
          description={
            outcome.issues.length > 0 ? (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {outcome.issues.map((issue) => (
                  <li key={`${issuePath(issue.path)}:${issue.message}`}>
                    <Typography.Text code>{issuePath(issue.path)}</Typography.Text>：{issue.message}
                  </li>
                ))}
              </ol>
            ) : null
          }
        />
      ) : null}
    </Card>
  );
}
