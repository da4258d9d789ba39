/** @jsxImportSource hono/jsx */
import { CHANNEL_RULES, DEFAULT_CLOCK_POLICY, RECEIPT_CHANNELS } from "../../../domain/applications/index.ts";

/**
 * The parts of the disclosure guide (公开指南) that are the same law for every agency: what is
 * published without asking, what may be applied for, when the application counts as received,
 * the time limits, correction and consultation. Numbers come from the clock policy the deadlines
 * are computed with, so the guide says what the platform does.
 */

const P = DEFAULT_CLOCK_POLICY;

export function ProactiveSection({
  catalogueHref,
  reportsHref,
}: {
  catalogueHref: string;
  reportsHref: string;
}) {
  return (
    <section aria-labelledby="g-proactive">
      <h3 id="g-proactive">一、主动公开的信息</h3>
      <p>
        下列信息由本机关主动公开（条例第二十条），不需要申请即可查阅：规章和规范性文件；机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名；规划和相关政策；统计信息；行政许可和其他对外管理服务事项的依据、条件、程序及办理结果；行政处罚、行政强制的依据、条件、程序和有一定社会影响的处罚决定；财政预算、决算信息；行政事业性收费项目及依据、标准；政府集中采购情况；重大建设项目的批准和实施情况；扶贫、教育、医疗、社会保障、促进就业等方面的政策措施及实施情况；突发公共事件的应急预案、预警信息及应对情况；环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况；公务员招考和录用结果；以及法律、法规、规章规定应当主动公开的其他信息。
      </p>
      <p>
        主动公开的信息自形成或者变更之日起 20 个工作日内公开（条例第二十六条）。本平台提供本机关的
        <a href={catalogueHref}>现行有效规范性文件目录</a>和<a href={reportsHref}>政府信息公开工作年度报告</a>
        。
      </p>
    </section>
  );
}

export function WhatToApplySection() {
  return (
    <section aria-labelledby="g-what">
      <h3 id="g-what">二、可以申请公开的信息</h3>
      <p>
        除主动公开的信息外，公民、法人或者其他组织可以向本机关申请获取本机关制作或者保存的政府信息（条例第二十七条）。申请时不需要说明用途。
      </p>
      <p>
        依法不予公开的信息包括：国家秘密，法律、行政法规禁止公开的信息，公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息（第十四条）；涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的信息，但第三方同意公开或者不公开会对公共利益造成重大影响的除外（第十五条）；人事管理、后勤管理、内部工作流程等内部事务信息，以及讨论记录、过程稿、磋商信函、请示报告等过程性信息和行政执法案卷信息，法律、法规、规章规定应当公开的除外（第十六条）。
      </p>
    </section>
  );
}

export function ReceiptSection() {
  return (
    <section aria-labelledby="g-receipt">
      <h3 id="g-receipt">四、收到申请之日</h3>
      <p>答复期限从“收到申请之日”起计算。不同提交方式的收到申请之日不同（条例第三十一条）：</p>
      <div class="scroll">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">提交方式</th>
              <th scope="col">收到申请之日</th>
            </tr>
          </thead>
          <tbody>
            {RECEIPT_CHANNELS.map((ch) => (
              <tr key={ch}>
                <th scope="row">{CHANNEL_RULES[ch].label}</th>
                <td>{CHANNEL_RULES[ch].receiptDay}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>在本平台提交的申请属于互联网渠道：本机关确认收到后，确认之日即为收到申请之日。</p>
    </section>
  );
}

export function TimeLimitsSection() {
  return (
    <section aria-labelledby="g-limits">
      <h3 id="g-limits">五、答复期限</h3>
      <ul>
        <li>能够当场答复的，当场答复。</li>
        <li>
          不能当场答复的，自收到申请之日起 {P.replyDays}{" "}
          个工作日内答复（条例第三十三条）。收到申请的当天不计入，从下一个工作日起算。
        </li>
        <li>
          需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长最多 {P.maxExtensionDays} 个工作日。
        </li>
        <li>征求第三方或者其他机关意见所需的时间，不计入答复期限。</li>
      </ul>
      <p class="muted">
        工作日以国务院每年公布的节假日安排为准：周一至周五，除去法定节假日，加上调休上班的周末。下一年的安排公布前，跨入该年的期限暂按周末推算，并标注“暂定”。
      </p>
    </section>
  );
}

export function CorrectionSection() {
  return (
    <section aria-labelledby="g-correction">
      <h3 id="g-correction">六、补正</h3>
      <p>
        申请内容不明确的，本机关会给予指导和释明，并自收到申请之日起 {P.correctionNoticeDays}{" "}
        个工作日内一次性告知需要补正的事项和合理的补正期限（条例第三十条）。您可以在本平台的办理进度页面直接提交补正。答复期限自收到补正之日起重新计算。无正当理由逾期不补正的，视为放弃申请。
      </p>
    </section>
  );
}

export function ConsultationSection() {
  return (
    <section aria-labelledby="g-consult">
      <h3 id="g-consult">七、征求意见</h3>
      <p>
        公开可能损害第三方合法权益的，本机关书面征求第三方意见，第三方应当自收到征求意见书之日起{" "}
        {P.consultationWindowDays}{" "}
        个工作日内提出意见；逾期未提出的，由本机关依法决定是否公开；第三方不同意公开且有合理理由的，不予公开，但不公开可能对公共利益造成重大影响的，可以决定公开并书面告知第三方（条例第三十二条）。信息由两个以上机关共同制作的，征求相关机关意见，对方{" "}
        {P.consultationWindowDays}{" "}
        个工作日内未提出意见的视为同意公开（第三十四条）。征求意见的时间不计入答复期限。
      </p>
    </section>
  );
}
