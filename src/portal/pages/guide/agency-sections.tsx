/** @jsxImportSource hono/jsx */
import { REMEDIES } from "../../../domain/applications/index.ts";
import type { Agency } from "../../../services/agencies/agency-input.ts";
import { FeeTables } from "./fee-tables.tsx";

/**
 * The parts of the disclosure guide that depend on the agency: where to hand in or send an
 * application, how to reach the office, the bodies that hear complaints, reconsiderations and suits.
 * Missing details are said to be missing rather than left blank.
 */

const NOT_GIVEN = "（本机关尚未登记，请来电咨询）";

export function ContactFacts({ agency }: { agency: Agency }) {
  return (
    <dl class="facts">
      <dt>受理机构</dt>
      <dd>{agency.name}政府信息公开工作机构</dd>
      <dt>办公地址</dt>
      <dd>{agency.address ?? NOT_GIVEN}</dd>
      <dt>邮政编码</dt>
      <dd>{agency.postalCode ?? NOT_GIVEN}</dd>
      <dt>联系电话</dt>
      <dd>{agency.phone ?? NOT_GIVEN}</dd>
      <dt>办公时间</dt>
      <dd>法定工作日的办公时间（节假日除外），具体时间可来电确认</dd>
    </dl>
  );
}

export function HowToApplySection({ agency, applyHref }: { agency: Agency; applyHref: string }) {
  return (
    <section aria-labelledby="g-how">
      <h3 id="g-how">三、怎样申请</h3>
      <p>
        申请应当采用书面形式，写明：申请人的姓名或者名称、身份证明、联系方式；所需信息的名称、文号或者便于查询的其他特征性描述；获取信息的方式和途径（条例第二十九条）。书写确有困难的，可以口头提出，由工作人员代为填写。
      </p>
      <ul>
        <li>
          <strong>网上申请：</strong>
          <a href={applyHref}>在线填写申请表</a>，提交后立即取得申请编号和查询码。
        </li>
        <li>
          <strong>当面申请：</strong>携带身份证件到{agency.address ?? "本机关办公地点"}
          提交书面申请，收到之日即为收到申请之日。
        </li>
        <li>
          <strong>邮寄申请：</strong>寄至{agency.address ?? "本机关办公地址"}
          {agency.postalCode ? `（邮政编码 ${agency.postalCode}）` : ""}
          ，请在信封上注明“政府信息公开申请”。需签收的邮件以签收之日为收到申请之日。
        </li>
      </ul>
    </section>
  );
}

export function FeesSection() {
  return (
    <section aria-labelledby="g-fees">
      <h3 id="g-fees">八、收费</h3>
      <FeeTables />
    </section>
  );
}

export function RemediesSection({ agency, parent }: { agency: Agency; parent: Agency | null }) {
  return (
    <section aria-labelledby="g-remedies">
      <h3 id="g-remedies">九、救济途径</h3>
      <p>认为本机关在政府信息公开工作中侵犯您的合法权益的，可以（条例第五十一条）：</p>
      <ul>
        <li>向{parent ? parent.name : "上一级行政机关"}或者政府信息公开工作主管部门投诉、举报；</li>
        <li>
          自知道该行为之日起 {REMEDIES.reconsideration.days} 日内向
          {agency.reconsiderationBody ?? "有管辖权的行政复议机关"}
          申请行政复议（{REMEDIES.reconsideration.basis}）；
        </li>
        <li>
          自知道或者应当知道作出行为之日起 {REMEDIES.lawsuit.months} 个月内向
          {agency.court ?? "有管辖权的人民法院"}
          提起行政诉讼（{REMEDIES.lawsuit.basis}）。
        </li>
      </ul>
    </section>
  );
}
