import { type Kysely, sql } from "kysely";
import { subtreeAgencyIds } from "../../db/agency-tree.ts";
import type { Database, NormativeDocumentKind, NormativeDocumentRow } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { assertCanRead, assertCanReadSubtree, assertCanWrite } from "../access.ts";
import type { Actor } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { newId, nowIso, type ServiceContext } from "../context.ts";
import { parseInput } from "../validation.ts";
import { type NormativeDocumentInput, normativeDocumentSchema } from "./register-input.ts";
import { assertSameAgency } from "./same-agency.ts";

/** The register of rules (规章) and normative documents (行政规范性文件) that table 二 (一) counts. */

export interface NormativeDocument {
  id: string;
  agencyId: string;
  kind: NormativeDocumentKind;
  title: string;
  docNumber: string | null;
  issuedOn: string;
  abolishedOn: string | null;
  url: string | null;
  fullText: string | null;
  createdAt: string;
  updatedAt: string;
}

function toDocument(r: NormativeDocumentRow): NormativeDocument {
  return {
    id: r.id,
    agencyId: r.agency_id,
    kind: r.kind,
    title: r.title,
    docNumber: r.doc_number,
    issuedOn: r.issued_on,
    abolishedOn: r.abolished_on,
    url: r.url,
    fullText: r.full_text,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const WHAT = "规范性文件登记";

async function findDocument(db: Kysely<Database>, id: string): Promise<NormativeDocument> {
  const row = await db.selectFrom("normative_documents").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", `规范性文件登记“${id}”不存在，可能已被删除`, { id });
  return toDocument(row);
}

/** Registers a rule or normative document of the actor's agency. */
export async function createNormativeDocument(
  ctx: ServiceContext,
  actor: Actor,
  input: NormativeDocumentInput,
): Promise<NormativeDocument> {
  const d = parseInput(normativeDocumentSchema, input, WHAT);
  return withTransaction(ctx.db, async (tx) => {
    await assertCanWrite(tx, actor, d.agencyId);
    const at = nowIso(ctx);
    const row = await tx
      .insertInto("normative_documents")
      .values({
        id: newId(),
        agency_id: d.agencyId,
        kind: d.kind,
        title: d.title,
        doc_number: d.docNumber,
        issued_on: d.issuedOn,
        abolished_on: d.abolishedOn,
        url: d.url,
        full_text: d.fullText,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const doc = toDocument(row);
    await recordAudit(tx, {
      at,
      actor,
      agencyId: doc.agencyId,
      action: "create",
      entity: "normative_document",
      entityId: doc.id,
      after: doc,
    });
    return doc;
  });
}

/** Changes some fields of a registered document (e.g. records its abolition); the agency cannot change. */
export async function updateNormativeDocument(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  patch: Partial<NormativeDocumentInput>,
): Promise<NormativeDocument> {
  return withTransaction(ctx.db, async (tx) => {
    const before = await findDocument(tx, id);
    await assertCanWrite(tx, actor, before.agencyId);
    assertSameAgency(patch, before.agencyId);
    const d = parseInput(normativeDocumentSchema, { ...before, ...patch }, WHAT);
    const at = nowIso(ctx);
    const row = await tx
      .updateTable("normative_documents")
      .set({
        kind: d.kind,
        title: d.title,
        doc_number: d.docNumber,
        issued_on: d.issuedOn,
        abolished_on: d.abolishedOn,
        url: d.url,
        full_text: d.fullText,
        updated_at: at,
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = toDocument(row);
    await recordAudit(tx, {
      at,
      actor,
      agencyId: after.agencyId,
      action: "update",
      entity: "normative_document",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Deletes a registration made in error (an abolished document is updated, not deleted). */
export async function deleteNormativeDocument(ctx: ServiceContext, actor: Actor, id: string): Promise<void> {
  await withTransaction(ctx.db, async (tx) => {
    const before = await findDocument(tx, id);
    await assertCanWrite(tx, actor, before.agencyId);
    await tx.deleteFrom("normative_documents").where("id", "=", id).execute();
    await recordAudit(tx, {
      at: nowIso(ctx),
      actor,
      agencyId: before.agencyId,
      action: "delete",
      entity: "normative_document",
      entityId: id,
      before,
    });
  });
}

export async function getNormativeDocument(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<NormativeDocument> {
  const doc = await findDocument(ctx.db, id);
  await assertCanRead(ctx.db, actor, doc.agencyId);
  return doc;
}

export interface NormativeDocumentQuery {
  agencyId: string;
  /** Also the agencies below (supervisors). */
  includeSubtree?: boolean;
  kind?: NormativeDocumentKind;
  /** Only documents that table 二 of this year counts in any column: issued by its end and not abolished before it began. */
  year?: number;
  /** Only documents in force on this day (`YYYY-MM-DD`): issued by then and not abolished on or before it. */
  inForceOn?: string;
  /** Only documents issued in this year. */
  issuedIn?: number;
  /** Only documents abolished in this year. */
  abolishedIn?: number;
  /** Words found in the title or the document number. */
  search?: string;
}

/** Registered documents, newest issue first. */
export async function listNormativeDocuments(
  ctx: ServiceContext,
  actor: Actor,
  query: NormativeDocumentQuery,
): Promise<NormativeDocument[]> {
  let q = ctx.db.selectFrom("normative_documents").selectAll();
  if (query.includeSubtree) {
    const root = await assertCanReadSubtree(ctx.db, actor, query.agencyId);
    q = q.where("agency_id", "in", subtreeAgencyIds(ctx.db, root.path));
  } else {
    await assertCanRead(ctx.db, actor, query.agencyId);
    q = q.where("agency_id", "=", query.agencyId);
  }
  if (query.kind !== undefined) q = q.where("kind", "=", query.kind);
  if (query.year !== undefined) {
    const { year } = query;
    q = q
      .where("issued_on", "<=", `${year}-12-31`)
      .where((eb) => eb.or([eb("abolished_on", "is", null), eb("abolished_on", ">=", `${year}-01-01`)]));
  }
  if (query.inForceOn !== undefined) {
    const on = query.inForceOn;
    q = q
      .where("issued_on", "<=", on)
      .where((eb) => eb.or([eb("abolished_on", "is", null), eb("abolished_on", ">", on)]));
  }
  if (query.issuedIn !== undefined) {
    q = q
      .where("issued_on", ">=", `${query.issuedIn}-01-01`)
      .where("issued_on", "<=", `${query.issuedIn}-12-31`);
  }
  if (query.abolishedIn !== undefined) {
    const { abolishedIn } = query;
    q = q
      .where("abolished_on", ">=", `${abolishedIn}-01-01`)
      .where("abolished_on", "<=", `${abolishedIn}-12-31`);
  }
  if (query.search !== undefined && query.search.trim() !== "") {
    const pattern = `%${query.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`title like ${pattern} escape '\\'`,
        sql<boolean>`doc_number like ${pattern} escape '\\'`,
      ]),
    );
  }
  const rows = await q.orderBy("issued_on", "desc").orderBy("id").execute();
  return rows.map(toDocument);
}
