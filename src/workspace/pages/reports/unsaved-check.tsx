import { Alert } from "antd";
import { useEffect, useRef, useState } from "react";
import { api, errorMessage } from "../../api/client.ts";
import { type ReportDraft, type ReportValidation, reportBase } from "./report-types.ts";

type Prose = { preamble: string; sections: Record<string, string> };

/** Wait this long after the last keystroke before asking the server. */
const PAUSE_MS = 800;

/**
 * The checks of the prose being typed, before it is saved: the validate route with the unsaved
 * text (nothing is stored). `prose` is null until the first change.
 */
export function UnsavedCheck({ draft, prose }: { draft: ReportDraft; prose: Prose | null }) {
  const [result, setResult] = useState<ReportValidation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const round = useRef(0);
  useEffect(() => {
    if (!prose) return;
    const mine = ++round.current;
    const timer = setTimeout(() => {
      api.post<ReportValidation>(`${reportBase(draft.agency.id, draft.year)}/validate`, prose).then(
        (r) => {
          if (mine !== round.current) return;
          setResult(r);
          setFailure(null);
        },
        (err: unknown) => mine === round.current && setFailure(errorMessage(err)),
      );
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft.agency.id, draft.year, prose]);

  if (failure) return <Alert type="warning" showIcon title={`未能核查未保存的正文：${failure}`} />;
  if (!prose || !result) return null;
  const { errors, warnings } = result.counts;
  const textual = result.findings.filter((f) => f.cells.length === 0);
  return (
    <Alert
      type={errors > 0 ? "error" : warnings > 0 ? "warning" : "success"}
      showIcon
      data-testid="unsaved-check"
      title={
        errors + warnings === 0
          ? "按未保存的正文核查：没有发现问题"
          : `按未保存的正文核查：${errors} 个错误，${warnings} 条提醒`
      }
      description={
        textual.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {textual.map((f) => (
              <li key={`${f.rule}:${f.message}`}>
                {f.rule}：{f.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
