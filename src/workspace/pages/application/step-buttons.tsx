import { Button, Card, Space, Typography } from "antd";
import type { ApplicationDetail } from "../../api/types.ts";
import { labelOf, type Vocabulary } from "../../api/vocabulary.ts";

/** The main step of each phase stands out; the rest are plain buttons. */
const PRIMARY = new Set(["decided", "replied", "correctionReceived", "archived"]);

/**
 * 办理: one button per step the procedure allows now (the detail's `allowedSteps`); a reader who may
 * not act (a supervisor) sees none. An online submission is first confirmed as received.
 */
export function StepButtons(props: {
  detail: ApplicationDetail;
  words: Vocabulary | undefined;
  onStep: (type: string) => void;
  onConfirmReceipt: () => void;
}) {
  const { detail } = props;
  if (detail.masked) return null;
  const submitted = detail.phase === "submitted";
  if (!submitted && detail.allowedSteps.length === 0) return null;
  return (
    <Card title="办理" size="small" style={{ marginBottom: 16 }} data-testid="steps">
      <Space wrap>
        {submitted ? (
          <Button type="primary" onClick={props.onConfirmReceipt}>
            确认收到申请
          </Button>
        ) : null}
        {detail.allowedSteps.map((type) => (
          <Button
            key={type}
            type={PRIMARY.has(type) ? "primary" : "default"}
            onClick={() => props.onStep(type)}
          >
            {labelOf(props.words?.steps, type)}
          </Button>
        ))}
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
        只列出依办理程序此时可以登记的步骤；登记后按需出具相应文书。
      </Typography.Paragraph>
    </Card>
  );
}
