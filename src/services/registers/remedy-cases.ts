import type { Kysely } from "kysely";
import { subtreeAgencyIds } from "../../db/agency-tree.ts";
import type { Database, RemedyCaseKind, RemedyCaseResult, RemedyCaseRow } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { assertCanRead, assertCanReadSubtree, assertCanWrite } from "../access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { newId, nowIso, type ServiceContext } from "../context.ts";
import { parseInput } from "../validation.ts";
import { type RemedyCaseInput, remedyCaseSchema } from "./register-input.ts";
import { assertSameAgency } from "./same-agency.ts";

/** Reconsideration and lawsuit cases about the agency's disclosure work (table 四). */

export interface RemedyCase {
  id: string;
  agencyId: string;
  kind: RemedyCaseKind;
  caseNumber: string;
  applicationId: string | null;
  filedOn: string;
  result: RemedyCaseResult;
  resultOn: string | null;
  createdAt: string;
  updatedAt: string;
}

function toCase(r: RemedyCaseRow): RemedyCase {
  return {
    id: r.id,
    agencyId: r.agency_id,
    kind: r.kind,
    caseNumber: r.case_number,
    applicationId: r.application_id,
    filedOn: r.filed_on,
    result: r.result,
    resultOn: r.result_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const WHAT = "复议诉讼案件登记";

async function findCase(db: Kysely<Database>, id: string): Promise<RemedyCase> {
  const row = await db.selectFrom("remedy_cases").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `复议诉讼案件“${id}”不存在，可能已被删除`, { id });
  return toCase(row);
}

async function assertNumberFree(
  db: Kysely<Database>,
  c: { agencyId: string; kind: string; caseNumber: string },
  exceptId?: string,
) {
  let q = db
    .selectFrom("remedy_cases")
    .select("id")
    .where("agency_id", "=", c.agencyId)
    .where("kind", "=", c.kind as RemedyCaseKind)
    .where("case_number", "=", c.caseNumber);
  if (exceptId !== undefined) q = q.where("id", "<>", exceptId);
  if (await q.executeTakeFirst()) {
    const message = `案号“${c.caseNumber}”已登记过，请勿重复登记；如需更正请修改原登记`;
    throw new AppError("CONFLICT", message, { issues: [{ path: ["caseNumber"], message }] });
  }
}

/** Registers a case. A case with a result carries its result date; a pending one has none. */
export async function createRemedyCase(
  ctx: ServiceContext,
  actor: Actor,
  input: RemedyCaseInput,
): Promise<RemedyCase> {
  const c = parseInput(remedyCaseSchema, input, WHAT);
  return withTransaction(ctx.db, async (tx) => {
    await assertCanWrite(tx, actor, c.agencyId);
    await assertNumberFree(tx, c);
    const at = nowIso(ctx);
    const row = await tx
      .insertInto("remedy_cases")
      .values({
        id: newId(),
        agency_id: c.agencyId,
        kind: c.kind,
        case_number: c.caseNumber,
        application_id: c.applicationId,
        filed_on: c.filedOn,
        result: c.result,
        result_on: c.resultOn,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const created = toCase(row);
    await recordAudit(tx, {
      at,
      actor,
      agencyId: c.agencyId,
      action: "create",
      entity: "remedy_case",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** Changes a case — typically records its result and result date when it is decided. */
export async function updateRemedyCase(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  patch: Partial<RemedyCaseInput>,
): Promise<RemedyCase> {
  return withTransaction(ctx.db, async (tx) => {
    const before = await findCase(tx, id);
    await assertCanWrite(tx, actor, before.agencyId);
    assertSameAgency(patch, before.agencyId);
    const c = parseInput(remedyCaseSchema, { ...before, ...patch }, WHAT);
    await assertNumberFree(tx, c, id);
    const at = nowIso(ctx);
    const row = await tx
      .updateTable("remedy_cases")
      .set({
        kind: c.kind,
        case_number: c.caseNumber,
        application_id: c.applicationId,
        filed_on: c.filedOn,
        result: c.result,
        result_on: c.resultOn,
        updated_at: at,
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = toCase(row);
    await recordAudit(tx, {
      at,
      actor,
      agencyId: after.agencyId,
      action: "update",
      entity: "remedy_case",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Deletes a case registered in error. */
export async function deleteRemedyCase(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  await withTransaction(ctx.db, async (tx) => {
    const before = await findCase(tx, id);
    await assertCanWrite(tx, actor, before.agencyId);
    await tx.deleteFrom("remedy_cases").where("id", "=", id).execute();
    await recordAudit(tx, {
      at: nowIso(ctx),
      actor,
      agencyId: before.agencyId,
      action: "delete",
      entity: "remedy_case",
      entityId: id,
      before,
    });
  });
}

export async function getRemedyCase(ctx: ServiceContext, actor: Actor, id: string): Promise<RemedyCase> {
  const found = await findCase(ctx.db, id);
  await assertCanRead(ctx.db, actor, found.agencyId);
  return found;
}

export interface RemedyCaseQuery {
  agencyId: string;
  /** Also the agencies below (supervisors). */
  includeSubtree?: boolean;
  kind?: RemedyCaseKind;
  /** Only cases that table 四 of this year counts: filed by its end and not decided before it began. */
  year?: number;
  /** Only cases about this application. */
  applicationId?: string;
}

/** Registered cases, latest filing first. */
export async function listRemedyCases(
  ctx: ServiceContext,
  actor: Actor,
  query: RemedyCaseQuery,
): Promise<RemedyCase[]> {
  let q = ctx.db.selectFrom("remedy_cases").selectAll();
  if (query.includeSubtree) {
    const root = await assertCanReadSubtree(ctx.db, actor, query.agencyId);
    q = q.where("agency_id", "in", subtreeAgencyIds(ctx.db, root.path));
  } else {
    await assertCanRead(ctx.db, actor, query.agencyId);
    q = q.where("agency_id", "=", query.agencyId);
  }
  if (query.kind !== undefined) q = q.where("kind", "=", query.kind);
  if (query.applicationId !== undefined) q = q.where("application_id", "=", query.applicationId);
  if (query.year !== undefined) {
    const { year } = query;
    q = q
      .where("filed_on", "<=", `${year}-12-31`)
      .where((eb) => eb.or([eb("result_on", "is", null), eb("result_on", ">=", `${year}-01-01`)]));
  }
  const rows = await q.orderBy("filed_on", "desc").orderBy("id").execute();
  return rows.map(toCase);
}
