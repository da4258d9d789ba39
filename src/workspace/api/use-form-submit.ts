import type { FormInstance } from "antd";
import { useState } from "react";
import { showIssues } from "./form-issues.ts";

/**
 * Sending a form's values: `busy` while `send` runs, and after a refusal the server's field issues
 * beside their fields and the rest in `problem`, for a message above the form.
 */
export function useFormSubmit<V>(form: FormInstance, send: (values: V) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (values: V) => {
    setBusy(true);
    setProblem(null);
    try {
      await send(values);
    } catch (err) {
      setProblem(showIssues(form, err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, setProblem, submit };
}
