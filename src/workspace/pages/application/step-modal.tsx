import { Alert, Form, Input, Modal } from "antd";
import { useState } from "react";
import { ApiError, api } from "../../api/client.ts";
import { showIssues } from "../../api/form-issues.ts";
import type { StepRecorded } from "../../api/types.ts";
import { DayItem } from "./day-item.tsx";
import { type StepContext, stepFields } from "./step-fields.tsx";

interface StepModalProps extends StepContext {
  applicationId: string;
  /** The version the page shows: sent as expectedVersion, so that a change made meanwhile is refused. */
  version: number;
  type: string;
  title: string;
  today: string | null;
  onClose: () => void;
  /** After the step: reload the page; `items` are the correction's items, for its letter. */
  onDone: (recorded: StepRecorded, items: string[]) => void;
  /** Someone else changed the application first (409): the page reloads to show what they did. */
  onConflict: () => void;
}

function initialValues(p: StepModalProps) {
  const base = { event: { date: p.today ?? undefined } };
  if (p.type === "correctionRequested")
    return { ...base, event: { ...base.event, workingDays: 15 }, items: [""] };
  if (p.type === "consultationSent") {
    const n = (p.clock?.consultations.length ?? 0) + 1;
    return { ...base, event: { ...base.event, ref: `征-${n}`, party: "thirdParty" } };
  }
  if (p.type === "feeNoticeSent") {
    return { ...base, event: { ...base.event, fee: { method: "perItem", nth: p.applicantMonth?.received } } };
  }
  return base;
}

/** One procedure step as a small form: POST /api/applications/{id}/events with the expected version. */
export function StepModal(p: StepModalProps) {
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<{ text: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { event: Record<string, unknown>; items?: string[] }) => {
    setBusy(true);
    setProblem(null);
    const event = Object.fromEntries(
      Object.entries({ ...values.event, type: p.type }).filter(
        ([, v]) => v !== undefined && v !== null && v !== "",
      ),
    );
    try {
      const recorded = await api.post<StepRecorded>(`/api/applications/${p.applicationId}/events`, {
        expectedVersion: p.version,
        event,
      });
      p.onDone(
        recorded,
        (values.items ?? []).map((i) => i.trim()).filter((i) => i !== ""),
      );
    } catch (err) {
      // A stale version carries no issues; a step the procedure refuses (also 409) names its event.
      const conflict = err instanceof ApiError && err.status === 409 && err.issues.length === 0;
      if (err instanceof ApiError && err.status === 409) p.onConflict();
      const text = showIssues(form, err);
      if (text) setProblem({ text, conflict });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={p.title}
      okText="登记"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={p.onClose}
      destroyOnHidden
      width={600}
    >
      {problem ? (
        <Alert
          type={problem.conflict ? "warning" : "error"}
          showIcon
          role="alert"
          data-testid="step-problem"
          title={problem.conflict ? "办理冲突" : "不能登记"}
          description={
            problem.conflict
              ? `${problem.text}。页面已刷新为最新内容，请核对后决定是否重新提交。`
              : problem.text
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form form={form} layout="vertical" initialValues={initialValues(p)} onFinish={submit}>
        <DayItem name={["event", "date"]} label="日期" rules={[{ required: true, message: "请选择日期" }]} />
        {stepFields(p.type, p)}
        <Form.Item name={["event", "note"]} label="备注（选填）">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
