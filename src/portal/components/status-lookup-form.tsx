/** @jsxImportSource hono/jsx */
import { ErrorSummary, type FieldErrors, TextField } from "./fields.tsx";

export interface StatusLookupProps {
  number?: string;
  errors?: FieldErrors;
  /** The heading level of the form's title: h2 inside a page, none when the page's h1 says it. */
  heading?: "h2" | null;
}

const ORDER = ["number", "code"];

/**
 * Number and query code, sent by POST so that neither appears in the address bar, the history or
 * a server log. The code field is never filled in again after a failure.
 */
export function StatusLookupForm({ number, errors = new Map(), heading = "h2" }: StatusLookupProps) {
  return (
    <form method="post" action="/status" class="box" novalidate>
      {heading === "h2" ? <h2 class="flush">查询办理进度</h2> : null}
      <ErrorSummary errors={errors} order={ORDER} />
      <TextField
        name="number"
        label="申请编号"
        hint="提交申请后显示的编号，例如 2026-4821-7730-5，可以不输入连字符"
        value={number}
        error={errors.get("number")}
        required
        inputmode="numeric"
        autocomplete="off"
        maxlength={40}
      />
      <TextField
        name="code"
        label="查询码"
        hint="提交申请时显示的 10 位查询码，例如 7KQ2M-X9D4R，不区分大小写"
        error={errors.get("code")}
        required
        autocomplete="off"
        maxlength={40}
      />
      <p>
        <button class="btn" type="submit">
          查询
        </button>
      </p>
    </form>
  );
}
