/** @jsxImportSource hono/jsx */
import type { PublicStatus } from "../../../services/applications/index.ts";

/** The steps so far, oldest first, each with its date and a plain explanation. */
export function Timeline({ status }: { status: PublicStatus }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">办理过程</h2>
      <ol class="timeline">
        <li>
          <time datetime={status.submittedOn}>{status.submittedOn}</time>
          提交申请
        </li>
        {status.timeline.map((step) => (
          <li key={`${step.date}${step.label}${step.detail ?? ""}`}>
            <time datetime={step.date}>{step.date}</time>
            {step.label}
            {step.detail ? <span class="hint">{step.detail}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Once closed: the outcome, its legal basis, when it was decided and replied, and the remedies. */
export function Decision({ status }: { status: PublicStatus }) {
  const d = status.decision;
  if (!d) return null;
  return (
    <section aria-labelledby="decision-title">
      <h2 id="decision-title">答复结果</h2>
      <div class="box">
        <p>
          <strong>{d.label}</strong>
        </p>
        <dl class="facts">
          {d.decidedOn ? (
            <>
              <dt>决定日期</dt>
              <dd>{d.decidedOn}</dd>
            </>
          ) : null}
          {d.repliedOn ? (
            <>
              <dt>答复日期</dt>
              <dd>{d.repliedOn}</dd>
            </>
          ) : null}
          <dt>法律依据</dt>
          <dd>{d.basis.join("；")}</dd>
        </dl>
        <p class="tight">{d.remedies}</p>
      </div>
    </section>
  );
}
