import type { WorkCalendar } from "../domain/calendar/index.ts";
import type { Actor } from "../services/actor.ts";
import type { ServiceContext } from "../services/context.ts";
import { editProse, getDraft, type Prose, publishReport } from "../services/reports/index.ts";
import { COUNTY_ID, type DemoAgency } from "./county.ts";
import { onOrNextWorkingDay, workingDaysBefore } from "./script.ts";
import type { DemoStaff } from "./staff.ts";
import type { TimedAction } from "./timeline.ts";

/**
 * The annual reports: each agency's report of a finished year written from the generated
 * suggestions and published in January (one township late, one not at all — a supervisor's view
 * has something to show); the county government's report of the current year as a draft in
 * progress, its own observations partly still to be written.
 */

/** What an office writes where the suggestions ask for what only it knows. */
const ANSWERS: [keyword: string, answer: string][] = [
  [
    "重点领域",
    "围绕财政预决算、重大建设项目、征地拆迁、义务教育招生等重点领域及时公开政策文件和执行情况，对重要政策文件同步发布解读材料，通过政府网站留言和政务新媒体及时回应群众关切",
  ],
  [
    "平台建设",
    "严格执行政府信息公开前保密审查制度，定期清理更新政府信息公开目录；政府网站和政务新媒体运行平稳，开设专栏集中发布重点领域信息；组织政务公开业务培训，并将政务公开工作纳入年度绩效考核",
  ],
  [
    "考核、社会评议和责任追究",
    "将政务公开工作纳入年度绩效考核，并开展政务公开社会评议；本年度未发生政务公开工作责任追究情况",
  ],
  ["仍存在的不足", "政策解读的形式和深度有待加强，部分栏目信息更新不够及时"],
  ["改进措施", "丰富政策解读形式，提高解读材料的可读性"],
  ["整改", "通过加强业务培训、完善审核流程等措施，完成了上年度所列问题的整改"],
];
const FALLBACK = "按照有关规定认真做好相关工作";

const PROMPT = /【请填写：([^】]*)】/g;

function answer(prompt: string, agency: DemoAgency): string {
  if (prompt.includes("地址和联系电话")) return `地址：${agency.address}；电话：${agency.phone}`;
  return ANSWERS.find(([keyword]) => prompt.includes(keyword))?.[1] ?? FALLBACK;
}

/** The suggestions with their prompts answered — all of them, or only those outside `keep`. */
export function fillProse(prose: Prose, agency: DemoAgency, keep: readonly string[] = []): Prose {
  const fill = (text: string) =>
    text.replace(PROMPT, (whole, prompt: string) =>
      keep.some((k) => prompt.includes(k)) ? whole : answer(prompt, agency),
    );
  return {
    preamble: fill(prose.preamble),
    sections: Object.fromEntries(
      Object.entries(prose.sections).map(([k, v]) => [k, fill(v ?? "")]),
    ) as Prose["sections"],
  };
}

async function writeDraft(
  ctx: ServiceContext,
  writer: Actor,
  agency: DemoAgency,
  year: number,
  keep: readonly string[] = [],
) {
  const draft = await getDraft(ctx, writer, agency.code, year);
  const prose = fillProse(draft.suggestions, agency, keep);
  await editProse(ctx, writer, agency.code, year, { expectedVersion: draft.draft.version, ...prose });
}

/** When each agency publishes a year's report: the county government on 20 January, others through January, one late, one never. */
function publishPlan(agency: DemoAgency, index: number, year: number): string | null {
  if (agency.code === `${COUNTY_ID}.bsz`) return null;
  if (agency.code === `${COUNTY_ID}.smx`) return `${year + 1}-02-06`;
  if (agency.code === COUNTY_ID) return `${year + 1}-01-20`;
  return `${year + 1}-01-${String(13 + (index % 15)).padStart(2, "0")}`;
}

export function reportActions(
  agencies: readonly DemoAgency[],
  staff: DemoStaff,
  calendar: WorkCalendar,
  span: { firstYear: number; today: string },
): TimedAction[] {
  const actions: TimedAction[] = [];
  const thisYear = Number(span.today.slice(0, 4));
  agencies.forEach((agency, index) => {
    for (let year = span.firstYear; year < thisYear; year++) {
      const planned = publishPlan(agency, index, year);
      const writeOn = onOrNextWorkingDay(calendar, `${year + 1}-01-12`);
      if (writeOn > span.today) continue;
      const clerk = staff.actor(agency.code, "clerk");
      actions.push({
        date: writeOn,
        minute: 9 * 60 + index * 7,
        run: (ctx) => writeDraft(ctx, clerk, agency, year),
      });
      const publishOn = planned === null ? null : onOrNextWorkingDay(calendar, planned);
      if (publishOn === null || publishOn > span.today) continue;
      actions.push({
        date: publishOn,
        minute: 15 * 60 + index * 7,
        run: async (ctx) => {
          const draft = await getDraft(ctx, staff.publisher(agency.code), agency.code, year);
          await publishReport(ctx, staff.publisher(agency.code), agency.code, year, {
            expectedVersion: draft.draft.version,
          });
        },
      });
    }
  });
  const county = agencies.find((a) => a.code === COUNTY_ID);
  const draftOn = workingDaysBefore(calendar, span.today, 2);
  if (county && draftOn >= `${thisYear}-02-01`) {
    // The current year's report taking shape: the office's own observations still to be written.
    actions.push({
      date: draftOn,
      minute: 16 * 60,
      run: (ctx) =>
        writeDraft(ctx, staff.actor(COUNTY_ID, "clerk"), county, thisYear, [
          "仍存在的不足",
          "改进措施",
          "考核、社会评议和责任追究",
        ]),
    });
  }
  return actions;
}
