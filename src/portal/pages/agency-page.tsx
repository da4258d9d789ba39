/** @jsxImportSource hono/jsx */
import type { AgencyPlace } from "../data/agency-directory.ts";
import { Layout } from "../layout.tsx";
import type { PageContext } from "../page-context.ts";
import { agencyHref, STATUS_PATH } from "../paths.ts";
import { ContactFacts, FeesSection, HowToApplySection, RemediesSection } from "./guide/agency-sections.tsx";
import {
  ConsultationSection,
  CorrectionSection,
  ProactiveSection,
  ReceiptSection,
  TimeLimitsSection,
  WhatToApplySection,
} from "./guide/procedure-sections.tsx";

function QuickLinks({ id }: { id: string }) {
  return (
    <nav aria-label="本机关服务" class="box">
      <p>
        <a class="btn" href={agencyHref(id, "apply")}>
          在线提交申请
        </a>
      </p>
      <ul>
        <li>
          <a href={STATUS_PATH}>查询办理进度</a>
        </li>
        <li>
          <a href={agencyHref(id, "reports")}>政府信息公开工作年度报告</a>
        </li>
        <li>
          <a href={agencyHref(id, "catalogue")}>现行有效规范性文件目录</a>
        </li>
        <li>
          <a href="#guide">政府信息公开指南</a>
        </li>
      </ul>
    </nav>
  );
}

const GUIDE_PARTS: [id: string, title: string][] = [
  ["g-proactive", "一、主动公开的信息"],
  ["g-what", "二、可以申请公开的信息"],
  ["g-how", "三、怎样申请"],
  ["g-receipt", "四、收到申请之日"],
  ["g-limits", "五、答复期限"],
  ["g-correction", "六、补正"],
  ["g-consult", "七、征求意见"],
  ["g-fees", "八、收费"],
  ["g-remedies", "九、救济途径"],
];

/** The guide's contents: a reader (or a keyboard) jumps to the part wanted. */
function GuideContents() {
  return (
    <nav aria-label="指南目录" class="box">
      <ul class="guide-toc">
        {GUIDE_PARTS.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Children({ place }: { place: AgencyPlace }) {
  if (place.children.length === 0) return null;
  return (
    <section aria-labelledby="children-title">
      <h2 id="children-title">下级机关</h2>
      <ul class="box">
        {place.children.map((a) => (
          <li key={a.id}>
            <a href={agencyHref(a.id)}>{a.name}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An agency's home: what it offers, its disclosure guide, and the agencies below it. */
export function AgencyPage({ page, place }: { page: PageContext; place: AgencyPlace }) {
  const { agency, parent } = place;
  const crumbs = [{ label: "首页", href: "/" }];
  if (parent) crumbs.push({ label: parent.name, href: agencyHref(parent.id) });
  return (
    <Layout title={agency.name} page={page} crumbs={[...crumbs, { label: agency.name }]}>
      <h1>{agency.name}</h1>
      <QuickLinks id={agency.id} />
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">联系方式</h2>
        <div class="box">
          <ContactFacts agency={agency} />
        </div>
      </section>
      <section aria-labelledby="guide" class="guide">
        <h2 id="guide" tabindex={-1}>
          政府信息公开指南
        </h2>
        <GuideContents />
        <ProactiveSection
          catalogueHref={agencyHref(agency.id, "catalogue")}
          reportsHref={agencyHref(agency.id, "reports")}
        />
        <WhatToApplySection />
        <HowToApplySection agency={agency} applyHref={agencyHref(agency.id, "apply")} />
        <ReceiptSection />
        <TimeLimitsSection />
        <CorrectionSection />
        <ConsultationSection />
        <FeesSection />
        <RemediesSection agency={agency} parent={parent} />
      </section>
      <Children place={place} />
    </Layout>
  );
}
