import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { withTransaction } from "../db/transaction.ts";
import { AppError } from "../domain/app-error.ts";
import { systemActor } from "../services/actor.ts";
import { createAgency } from "../services/agencies/agencies.ts";
import { applicationCalendar, chinaDate } from "../services/applications/index.ts";
import type { ServiceContext } from "../services/context.ts";
import { createRandom } from "../services/testing/random.ts";
import { applicationActions, type Showcase } from "./application-actions.ts";
import { closedCast, openCast } from "./cast.ts";
import { COUNTY_ID, DEMO_AGENCIES } from "./county.ts";
import { arrivalOf } from "./intake.ts";
import { linkRepeats, type PlannedApplication, planOne, planVolume } from "./plan-applications.ts";
import { registerActions } from "./register-actions.ts";
import { reportActions } from "./report-actions.ts";
import { onOrNextWorkingDay } from "./script.ts";
import { createStaff, type DemoAccount, peopleOf } from "./staff.ts";
import { chinaInstant, replay } from "./timeline.ts";

export interface DemoOptions {
  /** Same seed (and same today), same county: applicants, requests, dates, steps, registers. */
  seed?: number;
  /** The demo's today, a China date (default: today from the clock). History runs up to it. */
  today?: string;
  /** Multiplies the volume of ordinary applications (default 1: about 350 a year). */
  scale?: number;
  /** Told after every batch of service calls. */
  onProgress?: (done: number, total: number) => void;
}

export interface DemoResult {
  countyId: string;
  countyName: string;
  today: string;
  /** Every account with its password: shown once, never stored in clear. */
  accounts: DemoAccount[];
  /** Applications to try the public status page with (number and query code). */
  showcases: Showcase[];
  applications: number;
  actions: number;
}

export const DEFAULT_DEMO_SEED = 20_260_101;

/** Whether the database holds any agency (then the demo is not created unless forced). */
export async function hasAgencies(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom("agencies").select("id").limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Creates the demo county in a migrated database, entirely through the services: agencies and
 * staff on the platform's first day, then a year and more of history replayed in order of time —
 * applications submitted and handled step by step, registers kept, reports written and published
 * (see timeline.ts), all in one transaction. Refuses when the demo county exists already.
 * @throws AppError CONFLICT when the demo county is present.
 */
export async function seedDemo(db: Kysely<Database>, options: DemoOptions = {}): Promise<DemoResult> {
  // One transaction: a demo interrupted half-way (Ctrl+C during `npm start`) leaves nothing behind,
  // and thousands of small commits become one.
  return withTransaction(db, (tx) => seed(tx, options));
}

async function seed(db: Kysely<Database>, options: DemoOptions): Promise<DemoResult> {
  if (await db.selectFrom("agencies").select("id").where("id", "=", COUNTY_ID).executeTakeFirst()) {
    throw new AppError(
      "CONFLICT",
      `数据库中已有演示数据（${DEMO_AGENCIES[0]?.name}，编号 ${COUNTY_ID}）。如需重新生成，请换一个空数据库（例如删除 data/gongkai.db 或设置 DATABASE_URL）`,
    );
  }
  const today = options.today ?? chinaDate(new Date());
  const firstYear = Number(today.slice(0, 4)) - 1;
  const random = createRandom(options.seed ?? DEFAULT_DEMO_SEED);
  const calendar = await applicationCalendar(db);
  const start = onOrNextWorkingDay(calendar, `${firstYear}-01-02`);
  const setup: ServiceContext = { db, clock: () => chinaInstant(start, 8 * 60) };

  const system = systemActor("demo");
  for (const a of DEMO_AGENCIES) {
    const { code, domain: _domain, yearly: _yearly, ...details } = a;
    await createAgency(setup, system, {
      id: code,
      parentId: code === COUNTY_ID ? null : COUNTY_ID,
      ...details,
    });
  }
  const names = new Map(DEMO_AGENCIES.map((a) => [a.code, a.name]));
  const staff = await createStaff(setup, (id) => names.get(id) ?? id);

  const planOptions = { today, firstYear, scale: options.scale ?? 1, people: peopleOf };
  const drafts = [
    ...closedCast(calendar, firstYear),
    ...planVolume(random, calendar, planOptions),
    ...openCast(calendar, today),
  ].sort((a, b) => a.day.localeCompare(b.day) || a.agency.code.localeCompare(b.agency.code));
  const plans = drafts
    .map((d) => planOne(random, calendar, planOptions, d))
    // An online submission drawn a day or two before the platform's first day is left out.
    .filter((p): p is PlannedApplication => p !== null && arrivalOf(p.intake) >= start);
  linkRepeats(plans);

  const showcases: Showcase[] = [];
  const span = { firstYear, today };
  const actions = [
    ...plans.flatMap((p) => applicationActions(p, staff, random, showcases)),
    ...DEMO_AGENCIES.flatMap((a) => registerActions(a, staff, random, calendar, span)),
    ...reportActions(DEMO_AGENCIES, staff, calendar, span),
  ];
  await replay(db, actions, options.onProgress);
  return {
    countyId: COUNTY_ID,
    countyName: names.get(COUNTY_ID) ?? COUNTY_ID,
    today,
    accounts: staff.accounts,
    showcases,
    applications: plans.length,
    actions: actions.length,
  };
}
