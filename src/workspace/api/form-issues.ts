import type { FormInstance } from "antd";
import { ApiError } from "./client.ts";

/**
 * Puts the server's field issues beside their fields in an antd Form (paths as the API gives them,
 * `["items", 2, "text"]`); returns the issues that matched no field, for a message above the form.
 */
export function showIssues(form: FormInstance, err: unknown): string | null {
  if (!(err instanceof ApiError)) return "操作失败，请稍后重试";
  const known = new Set(
    form
      .getFieldsError()
      .map((f) => f.name.join("."))
      .filter((n) => n !== ""),
  );
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  const rest: string[] = [];
  for (const issue of err.issues) {
    const name = issue.path.join(".");
    if (known.has(name)) fields.push({ name: issue.path, errors: [issue.message] });
    else rest.push(issue.message);
  }
  form.setFields(fields);
  if (fields.length === 0) return err.message;
  return rest.length > 0 ? rest.join("；") : null;
}
