/** @jsxImportSource hono/jsx */
import type { DerivedDate } from "../../../domain/applications/index.ts";
import { MAX_CORRECTION_FILES } from "../../../services/applications/index.ts";
import { AttachmentField } from "../../components/attachment-field.tsx";
import { ErrorSummary, type FieldErrors, TextArea } from "../../components/fields.tsx";

export interface CorrectionFormProps {
  requestedOn: string;
  deadline: DerivedDate;
  text?: string;
  errors?: FieldErrors;
  filesDropped: number;
}

const ORDER = ["text", "attachments"];

/** Sending the corrected application (第三十条), shown only while the agency awaits it. */
export function CorrectionForm({
  requestedOn,
  deadline,
  text,
  errors = new Map(),
  filesDropped,
}: CorrectionFormProps) {
  const general = errors.get("");
  return (
    <section aria-labelledby="correction-title">
      <h2 id="correction-title">提交补正</h2>
      <div class="notice warn">
        <p class="tight">
          受理机关于 {requestedOn} 告知您补正申请。请按补正告知书列出的事项修改或补充，在{" "}
          <strong>{deadline.date}</strong>
          {deadline.provisional ? <span class="tag">暂定</span> : null}{" "}
          前提交。补正只能提交一次；逾期不补正的，视为放弃申请。
        </p>
      </div>
      <form method="post" action="/status/correction" enctype="multipart/form-data" class="box" novalidate>
        <ErrorSummary errors={new Map([...errors].filter(([k]) => k !== ""))} order={ORDER} />
        {general ? <p class="notice warn">{general}</p> : null}
        {filesDropped > 0 ? (
          <p class="notice warn">
            您上次选择了 {filesDropped} 个附件。为了安全，浏览器不会保留已选择的文件，请重新选择后再提交。
          </p>
        ) : null}
        <TextArea
          name="text"
          label="补正内容"
          hint="写明修改或补充后的申请内容，例如所需信息的准确名称、文号、时间范围"
          value={text}
          error={errors.get("text")}
          required
          rows={7}
          maxlength={5000}
        />
        <AttachmentField
          error={errors.get("attachments")}
          max={MAX_CORRECTION_FILES}
          label="补正材料"
          purpose="例如补充的身份证明、授权委托书。"
        />
        <p>
          <button class="btn" type="submit">
            提交补正
          </button>
        </p>
      </form>
    </section>
  );
}
