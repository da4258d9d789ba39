/** @jsxImportSource hono/jsx */
import type { PublicStatus } from "../../../services/applications/index.ts";
import type { PublicLetter } from "../../../services/letters/index.ts";
import type { FieldErrors } from "../../components/fields.tsx";
import { Layout } from "../../layout.tsx";
import type { PageContext } from "../../page-context.ts";
import { CorrectionForm } from "./correction-form.tsx";
import { LettersSection } from "./letters-section.tsx";
import { Decision, Timeline } from "./status-parts.tsx";

export interface StatusPageProps {
  page: PageContext;
  status: PublicStatus;
  /** The letters the office sent the applicant (HTML as issued, Word to download). */
  letters?: PublicLetter[];
  correction?: { text?: string; errors?: FieldErrors; filesDropped?: number };
  /** A one-line confirmation of what the applicant just did. */
  flash?: string | null;
  /** Why what the applicant just tried was refused. */
  problem?: string | null;
}

function Facts({ status }: { status: PublicStatus }) {
  return (
    <dl class="facts">
      <dt>申请编号</dt>
      <dd>{status.number}</dd>
      <dt>受理机关</dt>
      <dd>{status.agencyName}</dd>
      <dt>申请人</dt>
      <dd>{status.applicantName}</dd>
      <dt>提交日期</dt>
      <dd>{status.submittedOn}</dd>
      <dt>收到申请之日</dt>
      <dd>{status.receivedOn ?? "等待受理机关确认"}</dd>
      <dt>当前状态</dt>
      <dd>
        <strong>{status.phaseLabel}</strong>
      </dd>
    </dl>
  );
}

function Deadline({ status }: { status: PublicStatus }) {
  const due = status.replyDeadline;
  if (!status.open || !due) return null;
  return (
    <section aria-labelledby="due-title">
      <h2 id="due-title">答复期限</h2>
      <p class="box">
        最迟答复日期：<strong>{due.date}</strong>
        {due.provisional ? <span class="tag">暂定</span> : null}
        {due.note ? <span class="hint">{due.note}。</span> : null}
      </p>
    </section>
  );
}

/** The status of one application for its applicant: state, deadline, correction, steps, reply. */
export function StatusPage({ page, status, letters = [], correction, flash, problem }: StatusPageProps) {
  const awaiting = status.correction?.canCorrect === true;
  return (
    <Layout
      title={`办理进度 ${status.number}`}
      page={page}
      crumbs={[{ label: "首页", href: "/" }, { label: "办理进度" }]}
    >
      <h1>办理进度</h1>
      {flash ? (
        <p class="notice ok" role="status">
          {flash}
        </p>
      ) : null}
      {problem ? (
        <p class="notice warn" role="alert">
          {problem}
        </p>
      ) : null}
      <p class="lead">{status.state}</p>
      <div class="box">
        <Facts status={status} />
      </div>
      <Deadline status={status} />
      {awaiting && status.correction ? (
        <CorrectionForm
          requestedOn={status.correction.requestedOn}
          deadline={status.correction.deadline}
          text={correction?.text}
          errors={correction?.errors}
          filesDropped={correction?.filesDropped ?? 0}
        />
      ) : null}
      <Decision status={status} />
      <LettersSection letters={letters} />
      <Timeline status={status} />
      <form method="post" action="/status/exit" class="no-print">
        <p>
          为保护您的信息，本页面 30 分钟无操作后需要重新输入查询码。在公用电脑上查询完毕，请{" "}
          <button type="submit" class="link-btn">
            退出查询
          </button>
          。
        </p>
      </form>
    </Layout>
  );
}
