import { Alert, Button, Form, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { ApiError, api } from "../../api/client.ts";
import { showIssues } from "../../api/form-issues.ts";
import { letterFields } from "./letter-fields.tsx";
import type { LetterDetail, LetterDue, LetterPreview } from "./types.ts";

/** Drops empty answers, so that an optional field left blank is absent rather than "". */
function clean(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((v) => (typeof v === "string" ? v.trim() : v)).filter((v) => v !== "");
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => [k, clean(v)] as const);
    const kept = entries.filter(([, v]) => v !== undefined && v !== null && v !== "");
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  }
  return typeof value === "string" ? value.trim() : value;
}

/**
 * Preview and issue one letter the ledger calls for: POST …/letters/preview shows it as it will be
 * printed; POST …/letters numbers and stores it. `initial` carries what the step's form already
 * asked (the correction's items).
 */
export function LetterModal(props: {
  applicationId: string;
  due: LetterDue;
  initial?: Record<string, unknown>;
  onClose: () => void;
  onIssued: (letter: LetterDetail) => void;
}) {
  const [form] = Form.useForm();
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<"preview" | "issue" | null>(null);
  const base = `/api/applications/${props.applicationId}/letters`;

  const send = async (what: "preview" | "issue") => {
    setBusy(what);
    setProblem(null);
    const body = {
      ...((clean(form.getFieldsValue()) as object) ?? {}),
      kind: props.due.request,
      ref: props.due.ref ?? undefined,
    };
    try {
      if (what === "preview") setPreview(await api.post<LetterPreview>(`${base}/preview`, body));
      else props.onIssued(await api.post<LetterDetail>(base, body));
    } catch (err) {
      setProblem(showIssues(form, err));
      if (err instanceof ApiError && err.status === 409) setPreview(null);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      open
      title={`出具${props.due.label}`}
      width={760}
      onCancel={props.onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={props.onClose}>取消</Button>
          <Button loading={busy === "preview"} onClick={() => send("preview")}>
            预览
          </Button>
          <Button
            type="primary"
            loading={busy === "issue"}
            disabled={preview?.provisional}
            onClick={() => send("issue")}
          >
            编号并出具
          </Button>
        </Space>
      }
    >
      {problem ? (
        <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} />
      ) : null}
      <Form form={form} layout="vertical" initialValues={props.initial}>
        {letterFields(props.due.request)}
      </Form>
      {preview ? (
        <>
          {preview.provisional ? (
            <Alert
              type="warning"
              showIcon
              title="文书中的日期涉及尚未载入节假日安排的年度，暂不能出具；请系统管理员载入后再出具。"
              style={{ marginBottom: 8 }}
            />
          ) : null}
          <Typography.Text type="secondary">预览（文号在出具时编定）：</Typography.Text>
          <div
            data-testid="letter-preview"
            style={{
              border: "1px solid #d9d9d9",
              padding: "16px 24px",
              maxHeight: 360,
              overflow: "auto",
              marginTop: 4,
            }}
            // The server renders the letter to escaped HTML (render/letters); nothing of ours is inserted.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: server-rendered letter fragment
            dangerouslySetInnerHTML={{ __html: preview.html }}
          />
        </>
      ) : null}
    </Modal>
  );
}
