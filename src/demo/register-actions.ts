import type { WorkCalendar } from "../domain/calendar/index.ts";
import { setFeeIncome } from "../services/registers/fee-income.ts";
import {
  createNormativeDocument,
  updateNormativeDocument,
} from "../services/registers/normative-documents.ts";
import { setRegisterCount } from "../services/registers/register-counts.ts";
import { createRemedyCase, updateRemedyCase } from "../services/registers/remedy-cases.ts";
import type { Random } from "../services/testing/random.ts";
import { COUNTY_ID, type DemoAgency } from "./county.ts";
import { CASES, DOCUMENT_TITLES, YEARLY_FIGURES } from "./register-data.ts";
import { later, onOrNextWorkingDay, plusDays } from "./script.ts";
import type { DemoStaff } from "./staff.ts";
import type { TimedAction } from "./timeline.ts";

/**
 * The registers of one agency as its clerk keeps them: the documents in force when the platform
 * came into use registered in its first days, new documents on their issue day, abolitions on
 * theirs; decision counts and fee income brought up to date each quarter and completed early in
 * January; reconsiderations and lawsuits registered when filed and completed when decided.
 */

interface Span {
  firstYear: number;
  today: string;
}

const when = (date: string, minute: number) => ({ date, minute });

function documentActions(
  agency: DemoAgency,
  staff: DemoStaff,
  random: Random,
  calendar: WorkCalendar,
  span: Span,
) {
  const titles = DOCUMENT_TITLES[agency.domain] ?? [];
  const actions: TimedAction[] = [];
  const clerk = staff.actor(agency.code, "clerk");
  const start = onOrNextWorkingDay(calendar, `${span.firstYear}-01-06`);
  const prefix =
    agency.code === COUNTY_ID ? "青政规" : `青${agency.shortName.replace(/^县|局$|政府$|办$/g, "")}规`;
  const serial = new Map<number, number>();
  const thisYear = Number(span.today.slice(0, 4));
  titles.forEach((raw, i) => {
    const title = agency.level === "township" ? `${agency.name}${raw}` : raw;
    // Spread over the years: about half issued before the platform, the rest since.
    const year = span.firstYear - 6 + Math.floor((i * (thisYear - span.firstYear + 7)) / titles.length);
    const issued = onOrNextWorkingDay(
      calendar,
      `${year}-${String(1 + random.int(12)).padStart(2, "0")}-${String(1 + random.int(27)).padStart(2, "0")}`,
    );
    if (issued > span.today) return;
    const n = (serial.get(year) ?? 0) + 1;
    serial.set(year, n);
    const abolish = random.next() < 0.2 && year < span.firstYear + 1;
    const abolishedOn = abolish
      ? onOrNextWorkingDay(
          calendar,
          `${Math.max(year + 1, span.firstYear)}-${String(3 + random.int(9)).padStart(2, "0")}-15`,
        )
      : null;
    const state = { id: "" };
    const registeredOn = later(issued, start);
    actions.push({
      ...when(registeredOn, 9 * 60 + random.int(8 * 60)),
      run: async (ctx) => {
        const doc = await createNormativeDocument(ctx, clerk, {
          agencyId: agency.code,
          kind: "normative_document",
          title,
          docNumber: `${prefix}〔${year}〕${n}号`,
          issuedOn: issued,
          abolishedOn: abolishedOn !== null && abolishedOn <= registeredOn ? abolishedOn : null,
        });
        state.id = doc.id;
      },
    });
    if (abolishedOn !== null && abolishedOn > registeredOn && abolishedOn <= span.today) {
      actions.push({
        ...when(abolishedOn, 17 * 60),
        run: async (ctx) => void (await updateNormativeDocument(ctx, clerk, state.id, { abolishedOn })),
      });
    }
  });
  return actions;
}

/** Counts and fee income for each year: cumulative each quarter, final on 8 January after it. */
function figureActions(
  agency: DemoAgency,
  staff: DemoStaff,
  random: Random,
  calendar: WorkCalendar,
  span: Span,
) {
  const actions: TimedAction[] = [];
  const clerk = staff.actor(agency.code, "clerk");
  const [permit, penalty, enforcement, feeWan] = YEARLY_FIGURES[agency.domain];
  const thisYear = Number(span.today.slice(0, 4));
  for (let year = span.firstYear; year <= thisYear; year++) {
    const vary = (mean: number) => Math.round(mean * (0.75 + 0.5 * random.next()));
    const totals = { permit: vary(permit), penalty: vary(penalty), enforcement: vary(enforcement) };
    const feeFen = Math.round(feeWan * (0.75 + 0.5 * random.next()) * 10_000) * 100;
    const updates: [string, number][] = [
      [`${year}-04-10`, 0.25],
      [`${year}-07-10`, 0.5],
      [`${year}-10-10`, 0.75],
      [`${year + 1}-01-08`, 1],
    ];
    for (const [day, share] of updates) {
      const date = onOrNextWorkingDay(calendar, day);
      if (date > span.today) break;
      actions.push({
        ...when(date, 10 * 60 + random.int(6 * 60)),
        run: async (ctx) => {
          for (const kind of ["permit", "penalty", "enforcement"] as const) {
            await setRegisterCount(ctx, clerk, {
              agencyId: agency.code,
              year,
              kind,
              count: Math.round(totals[kind] * share),
            });
          }
          if (feeFen > 0)
            await setFeeIncome(ctx, clerk, {
              agencyId: agency.code,
              year,
              amountFen: Math.round((feeFen * share) / 100) * 100,
            });
        },
      });
    }
  }
  return actions;
}

function caseActions(agency: DemoAgency, staff: DemoStaff, calendar: WorkCalendar, span: Span) {
  const suffix = agency.code === COUNTY_ID ? "" : agency.code.slice(COUNTY_ID.length + 1);
  const clerk = staff.actor(agency.code, "clerk");
  const upper = agency.code === COUNTY_ID;
  const serials = new Map<string, number>();
  const actions: TimedAction[] = [];
  for (const seed of CASES[suffix] ?? []) {
    const year = span.firstYear + seed.yearOffset;
    const filedOn = onOrNextWorkingDay(calendar, `${year}-${seed.filed}`);
    if (filedOn > span.today) continue;
    const key = `${seed.kind}${year}`;
    const n = (serials.get(key) ?? 0) + 3 + (upper ? 17 : 5);
    serials.set(key, n);
    const caseNumber =
      seed.kind === "reconsideration"
        ? `${upper ? "云府复" : "青府复"}〔${year}〕${n}号`
        : `（${year}）${upper ? "云01" : "云0123"}行初${n}号`;
    const resultOn = onOrNextWorkingDay(calendar, plusDays(filedOn, seed.days));
    const state = { id: "" };
    actions.push({
      ...when(filedOn, 15 * 60),
      run: async (ctx) => {
        const created = await createRemedyCase(ctx, clerk, {
          agencyId: agency.code,
          kind: seed.kind,
          caseNumber,
          filedOn,
          result: "pending",
        });
        state.id = created.id;
      },
    });
    if (resultOn <= span.today) {
      actions.push({
        ...when(resultOn, 16 * 60),
        run: async (ctx) =>
          void (await updateRemedyCase(ctx, clerk, state.id, { result: seed.result, resultOn })),
      });
    }
  }
  return actions;
}

/** Every register action of `agency` over the demo's years. */
export function registerActions(
  agency: DemoAgency,
  staff: DemoStaff,
  random: Random,
  calendar: WorkCalendar,
  span: Span,
): TimedAction[] {
  return [
    ...documentActions(agency, staff, random, calendar, span),
    ...figureActions(agency, staff, random, calendar, span),
    ...caseActions(agency, staff, calendar, span),
  ];
}
