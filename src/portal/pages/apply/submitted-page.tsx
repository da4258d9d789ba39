/** @jsxImportSource hono/jsx */
import { DEFAULT_CLOCK_POLICY } from "../../../domain/applications/index.ts";
import type { SubmissionReceipt } from "../../../services/applications/index.ts";
import { Layout } from "../../layout.tsx";
import type { PageContext } from "../../page-context.ts";
import { agencyHref, STATUS_PATH, STATUS_VIEW_PATH } from "../../paths.ts";

/** The reply deadline if the agency confirmed receipt on the day of submission. */
export interface IndicativeDeadline {
  date: string;
  provisional: boolean;
}

export interface SubmittedProps {
  page: PageContext;
  agencyId: string;
  receipt: SubmissionReceipt;
  deadline: IndicativeDeadline | null;
}

function Receipt({ receipt }: { receipt: SubmissionReceipt }) {
  return (
    <section class="box receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" class="flush">
        政府信息公开申请回执
      </h2>
      <dl class="facts">
        <dt>受理机关</dt>
        <dd>{receipt.agencyName}</dd>
        <dt>申请编号</dt>
        <dd class="code">{receipt.number}</dd>
        <dt>查询码</dt>
        <dd class="code">{receipt.queryCode}</dd>
        <dt>提交日期</dt>
        <dd>{receipt.submittedOn}</dd>
        <dt>提交方式</dt>
        <dd>互联网渠道（本平台）</dd>
      </dl>
    </section>
  );
}

function NextSteps({
  receipt,
  deadline,
}: {
  receipt: SubmissionReceipt;
  deadline: IndicativeDeadline | null;
}) {
  const P = DEFAULT_CLOCK_POLICY;
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title">接下来会怎样</h2>
      <ol>
        <li>
          {receipt.agencyName}
          会确认收到您的申请。网上提交的申请，以双方确认之日为收到申请之日（《政府信息公开条例》第三十一条），答复期限从这一天起计算。确认后，办理进度页面会显示收到申请的日期。
        </li>
        <li>
          机关应当自收到申请之日起 {P.replyDays} 个工作日内答复；需要延长的，会告知您，最多延长{" "}
          {P.maxExtensionDays} 个工作日（第三十三条）。
          {deadline ? (
            <>
              如果机关今天确认收到，答复期限为 <strong>{deadline.date}</strong>
              {deadline.provisional ? (
                <>
                  <span class="tag">暂定</span>（该日期所在年度的节假日安排尚未公布，暂按周末推算）
                </>
              ) : null}
              。
            </>
          ) : null}
        </li>
        <li>
          申请内容需要补正的，机关会在收到申请后 {P.correctionNoticeDays}{" "}
          个工作日内一次性告知。您可以在办理进度页面提交补正，答复期限从收到补正之日起重新计算。
        </li>
        <li>答复作出后，您可以在办理进度页面阅读和下载答复书，并按您选择的途径收到答复。</li>
      </ol>
    </section>
  );
}

/** After submitting: the number and the query code (shown only here), a printable receipt, what comes next. */
export function SubmittedPage({ page, agencyId, receipt, deadline }: SubmittedProps) {
  return (
    <Layout title="申请已提交" page={page}>
      <h1>申请已提交</h1>
      <div class="notice warn" role="note">
        <p>
          <strong>请立即记下申请编号和查询码，或打印本页。</strong>
          查询码只在这里显示一次，用于查询办理进度、提交补正和查看答复；遗失后无法找回，只能联系受理机关。
        </p>
        <p class="tight no-print">打印：使用浏览器菜单中的“打印”，或按 Ctrl+P（苹果电脑按 ⌘+P）。</p>
      </div>
      <Receipt receipt={receipt} />
      <NextSteps receipt={receipt} deadline={deadline} />
      <ul class="no-print">
        <li>
          <a href={STATUS_VIEW_PATH}>查看本申请的办理进度</a>
        </li>
        <li>
          <a href={agencyHref(agencyId)}>返回{receipt.agencyName}首页</a>
        </li>
      </ul>
    </Layout>
  );
}

/** When the receipt is no longer available (time passed, or another browser). */
export function ReceiptGonePage({ page, agencyId }: { page: PageContext; agencyId: string }) {
  return (
    <Layout title="回执已不再显示" page={page}>
      <h1>回执已不再显示</h1>
      <p>
        为保护您的信息，提交申请后的回执只在提交后短时间内、在提交申请的浏览器中显示。如果您已记下申请编号和查询码，可以
        <a href={STATUS_PATH}>查询办理进度</a>。
      </p>
      <p>
        如果没有记下，请联系受理机关，或<a href={agencyHref(agencyId, "apply")}>重新提交申请</a>。
      </p>
    </Layout>
  );
}
