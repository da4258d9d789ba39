/** @jsxImportSource hono/jsx */
import { MAX_ATTACHMENT_BYTES } from "../../services/applications/index.ts";
import { fieldId } from "./fields.tsx";

export interface AttachmentFieldProps {
  name?: string;
  label?: string;
  error?: string;
  max: number;
  /** What the files may be, in front of the limits. */
  purpose?: string;
}

/** A file input with the limits stated (count, size, types), shared by the application and the correction. */
export function AttachmentField({
  name = "attachments",
  label = "附件",
  error,
  max,
  purpose = "例如身份证件的照片、授权委托书。",
}: AttachmentFieldProps) {
  const id = fieldId(name);
  const mb = MAX_ATTACHMENT_BYTES / 1024 / 1024;
  return (
    <div class={error ? "field has-err" : "field"}>
      <label for={id}>
        {label}
        <span class="muted">（选填）</span>
      </label>
      <span class="hint" id={`${id}-hint`}>
        {purpose}最多 {max} 个文件，每个不超过 {mb} MB，限 PDF、JPG、PNG、OFD、DOC、DOCX、TXT 格式。
      </span>
      {error ? (
        <span class="err-msg" id={`${id}-error`}>
          <span class="visually-hidden">错误：</span>
          {error}
        </span>
      ) : null}
      <input
        type="file"
        id={id}
        name={name}
        multiple
        accept=".pdf,.jpg,.jpeg,.png,.ofd,.doc,.docx,.txt"
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        aria-invalid={error ? "true" : undefined}
      />
    </div>
  );
}
