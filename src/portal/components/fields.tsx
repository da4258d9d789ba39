/** @jsxImportSource hono/jsx */

/**
 * Form controls with their label, hint and error tied together the accessible way: `<label for>`,
 * the hint and the error named by `aria-describedby`, `aria-invalid` on a control in error, and the
 * error written beside the field (above the control, where a screen reader meets it first).
 */

/** Field name → the one message to show beside it. */
export type FieldErrors = ReadonlyMap<string, string>;

export const fieldId = (name: string) => `f-${name}`;

interface Described {
  hintId: string | undefined;
  errorId: string | undefined;
  describedBy: string | undefined;
}

function described(name: string, hint: string | undefined, error: string | undefined): Described {
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  const errorId = error ? `${fieldId(name)}-error` : undefined;
  const ids = [errorId, hintId].filter(Boolean).join(" ");
  return { hintId, errorId, describedBy: ids === "" ? undefined : ids };
}

function HintAndError({ d, hint, error }: { d: Described; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <span class="hint" id={d.hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="err-msg" id={d.errorId}>
          <span class="visually-hidden">错误：</span>
          {error}
        </span>
      ) : null}
    </>
  );
}

/** The label and whether it must be filled: 必填, 选填, or a condition such as “自然人必填”. */
function LabelText({ label, required, note }: { label: string; required?: boolean; note?: string }) {
  const tail = note ? (
    <span class="muted">（{note}）</span>
  ) : required ? (
    <span class="req">（必填）</span>
  ) : (
    <span class="muted">（选填）</span>
  );
  return (
    <>
      {label}
      {tail}
    </>
  );
}

/** What every control shares: its name, label, hint, error and whether it must be filled. */
interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  /** Replaces 必填/选填 when whether it is required depends on other answers. */
  note?: string;
}

/** The attributes that tie a control to its label, hint and error. */
interface ControlAttributes {
  id: string;
  name: string;
  "aria-describedby": string | undefined;
  "aria-invalid": "true" | undefined;
}

/** One control in its frame: the label, then hint and error, then the control itself. */
function Field({ p, control }: { p: FieldProps; control: (attributes: ControlAttributes) => unknown }) {
  const d = described(p.name, p.hint, p.error);
  return (
    <div class={p.error ? "field has-err" : "field"}>
      <label for={fieldId(p.name)}>
        <LabelText label={p.label} required={p.required} note={p.note} />
      </label>
      <HintAndError d={d} hint={p.hint} error={p.error} />
      {control({
        id: fieldId(p.name),
        name: p.name,
        "aria-describedby": d.describedBy,
        "aria-invalid": p.error ? "true" : undefined,
      })}
    </div>
  );
}

export interface TextFieldProps extends FieldProps {
  value?: string;
  type?: "text" | "email" | "tel" | "search";
  autocomplete?: string;
  inputmode?: "numeric" | "tel" | "email" | "text";
  short?: boolean;
  maxlength?: number;
}

export function TextField(p: TextFieldProps) {
  return (
    <Field
      p={p}
      control={(a) => (
        <input
          type={p.type ?? "text"}
          {...a}
          value={p.value ?? ""}
          class={p.short ? "short" : undefined}
          autocomplete={p.autocomplete}
          inputmode={p.inputmode}
          maxlength={p.maxlength}
          aria-required={p.required ? "true" : undefined}
        />
      )}
    />
  );
}

export interface TextAreaProps extends FieldProps {
  value?: string;
  rows?: number;
  maxlength?: number;
}

export function TextArea(p: TextAreaProps) {
  return (
    <Field
      p={p}
      control={(a) => (
        <textarea
          {...a}
          rows={p.rows ?? 6}
          maxlength={p.maxlength}
          aria-required={p.required ? "true" : undefined}
        >
          {p.value ?? ""}
        </textarea>
      )}
    />
  );
}

export interface SelectProps extends FieldProps {
  options: Readonly<Record<string, string>>;
  value?: string;
}

export function Select(p: SelectProps) {
  return (
    <Field
      p={p}
      control={(a) => (
        <select {...a}>
          <option value="">请选择</option>
          {Object.entries(p.options).map(([value, label]) => (
            <option key={value} value={value} selected={p.value === value}>
              {label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export interface RadioGroupProps {
  name: string;
  legend: string;
  options: Readonly<Record<string, string>>;
  value?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  note?: string;
}

/** A fieldset of radio buttons; the error summary links to the first button. */
export function RadioGroup(p: RadioGroupProps) {
  const d = described(p.name, p.hint, p.error);
  return (
    <fieldset class={p.error ? "has-err" : undefined} aria-describedby={d.describedBy}>
      <legend>
        <LabelText label={p.legend} required={p.required} note={p.note} />
      </legend>
      <HintAndError d={d} hint={p.hint} error={p.error} />
      <ul class="choices">
        {Object.entries(p.options).map(([value, label], i) => {
          const id = i === 0 ? fieldId(p.name) : `${fieldId(p.name)}-${value}`;
          return (
            <li key={value}>
              <input
                type="radio"
                id={id}
                name={p.name}
                value={value}
                checked={p.value === value}
                aria-invalid={p.error ? "true" : undefined}
              />
              <label for={id}>{label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** The list of every problem at the top of the form, each a link to its field. */
export function ErrorSummary({ errors, order }: { errors: FieldErrors; order: readonly string[] }) {
  if (errors.size === 0) return null;
  const names = [...errors.keys()].sort((a, b) => rank(order, a) - rank(order, b));
  return (
    <div class="summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} id="error-summary">
      <h2 id="error-summary-title">提交的内容有 {errors.size} 处需要修改</h2>
      <ul>
        {names.map((name) => (
          <li key={name}>
            <a href={`#${fieldId(name)}`}>{errors.get(name)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function rank(order: readonly string[], name: string): number {
  const i = order.indexOf(name);
  return i === -1 ? order.length : i;
}
