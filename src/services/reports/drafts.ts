import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import type { ReportModel } from "../../domain/report/model.ts";
import { assertCanRead, assertCanWrite } from "../access.ts";
import { type Actor, actorUserId } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { newId, nowIso, type ServiceContext } from "../context.ts";
import { parseInput } from "../validation.ts";
import { changesSince, type PublicationChanges } from "./diff-report.ts";
import { countFindings, type FindingCounts, type FindingView, viewFindings } from "./finding-view.ts";
import {
  applyPatch,
  type EditProseInput,
  editProseSchema,
  type ProsePatch,
  partsWithPlaceholders,
  prosePatchSchema,
} from "./prose-input.ts";
import { currentProse, loadBasis, type ReportBasis, reportOf, validateAgainstBasis } from "./report-basis.ts";
import { findDraft, findLatestVersion, type PublishedVersion } from "./report-store.ts";
import type { Prose } from "./suggest/index.ts";

/** The working draft as staff see it: live tables, the prose, findings and suggestions. */
export interface DraftView {
  agency: { id: string; name: string; level: string };
  year: number;
  /** The last allowed publish day for the agency's level. */
  deadline: string;
  /** The report as it would be published now: tables from the records, the draft's prose (or the suggestions). */
  report: ReportModel;
  findings: FindingView[];
  counts: FindingCounts;
  /** Generated from the current records: offered beside each part of the prose. */
  suggestions: Prose;
  draft: { stored: boolean; version: number; updatedAt: string | null; updatedBy: string | null };
  /** Parts of the prose that still contain a `【请填写…】` prompt (publication refuses them). */
  placeholders: string[];
  /** The latest published version of this year, if any. */
  published: { version: number; publishDate: string; publishedAt: string; publisherName: string } | null;
  /** What differs from the latest published version (null when none is published). */
  changedSincePublication: PublicationChanges | null;
}

/** The view of a basis whose prose is `prose`. */
export function draftView(basis: ReportBasis, prose: Prose, latest: PublishedVersion | null): DraftView {
  const report = reportOf(basis, prose);
  const findings = validateAgainstBasis(basis, report);
  const draft = basis.draft;
  return {
    agency: { id: basis.agency.id, name: basis.agency.name, level: basis.agency.level },
    year: basis.year,
    deadline: basis.deadline,
    report,
    findings: viewFindings(findings, report.format),
    counts: countFindings(findings),
    suggestions: basis.suggestions,
    draft: {
      stored: draft !== null,
      version: draft?.version ?? 0,
      updatedAt: draft?.updatedAt ?? null,
      updatedBy: draft?.updatedBy ?? null,
    },
    placeholders: partsWithPlaceholders(prose),
    published: latest && {
      version: latest.version,
      publishDate: latest.publishDate,
      publishedAt: latest.publishedAt,
      publisherName: latest.publisherName,
    },
    changedSincePublication: latest ? changesSince(latest.report, report) : null,
  };
}

/**
 * The report of `agencyId` on `year` as it stands: tables computed from the records now (table 二
 * from the registers, 三 from the applications, 四 from the cases) and the draft's prose — the
 * generated suggestions while no draft is stored. Publish date null.
 * @throws AppError NOT_FOUND, FORBIDDEN, VALIDATION (a year before 2021).
 */
export async function computeReport(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
): Promise<ReportModel> {
  await assertCanRead(ctx.db, actor, agencyId);
  const basis = await loadBasis(ctx.db, agencyId, year);
  return reportOf(basis, currentProse(basis));
}

/** The draft of `agencyId` on `year` with live tables, findings and suggestions (readers of the agency). */
export async function getDraft(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
): Promise<DraftView> {
  await assertCanRead(ctx.db, actor, agencyId);
  const [basis, latest] = await Promise.all([
    loadBasis(ctx.db, agencyId, year),
    findLatestVersion(ctx.db, agencyId, year),
  ]);
  return draftView(basis, currentProse(basis), latest);
}

/**
 * Findings of the draft, optionally with unsaved prose applied (what the editor shows before saving).
 * Nothing is written.
 */
export async function validateDraft(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
  patch: ProsePatch = {},
): Promise<{ findings: FindingView[]; counts: FindingCounts; placeholders: string[] }> {
  const data = parseInput(prosePatchSchema, patch, "报告正文");
  await assertCanRead(ctx.db, actor, agencyId);
  const basis = await loadBasis(ctx.db, agencyId, year);
  const prose = applyPatch(currentProse(basis), data);
  const findings = validateAgainstBasis(basis, reportOf(basis, prose));
  return {
    findings: viewFindings(findings, basis.format.version),
    counts: countFindings(findings),
    placeholders: partsWithPlaceholders(prose),
  };
}

/**
 * Saves prose of the draft (staff of the agency). `expectedVersion` is the draft version the editor
 * saw — 0 before the first save, which creates the draft from the suggestions plus the patch. A
 * stale version is a CONFLICT and nothing is written: the editor reloads and reapplies.
 * @throws AppError VALIDATION, NOT_FOUND, FORBIDDEN, CONFLICT.
 */
export async function editProse(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
  input: EditProseInput,
): Promise<DraftView> {
  const data = parseInput(editProseSchema, input, "报告正文");
  await withTransaction(ctx.db, async (tx) => {
    await assertCanWrite(tx, actor, agencyId);
    const basis = await loadBasis(tx, agencyId, year);
    await saveProse(
      { ...ctx, db: tx },
      actor,
      basis,
      data.expectedVersion,
      applyPatch(currentProse(basis), data),
    );
  });
  return getDraft(ctx, actor, agencyId, year);
}

/**
 * Writes `prose` as the draft's new text if the stored version is still `expectedVersion`, with an
 * audit entry; returns the new version. Runs inside the caller's transaction.
 */
export async function saveProse(
  ctx: ServiceContext,
  actor: Actor,
  basis: ReportBasis,
  expectedVersion: number,
  prose: Prose,
): Promise<number> {
  const tx = ctx.db;
  const at = nowIso(ctx);
  const userId = actorUserId(actor);
  const stored = basis.draft;
  const current = stored?.version ?? 0;
  if (current !== expectedVersion) throw staleDraft(current, expectedVersion);
  const sections = JSON.stringify(prose.sections);
  const suggestions = JSON.stringify(basis.suggestions);
  if (!stored) {
    const id = newId();
    const inserted = await tx
      .insertInto("annual_reports")
      .values({
        id,
        agency_id: basis.agency.id,
        year: basis.year,
        format: basis.format.version,
        preamble: prose.preamble,
        sections,
        suggestions,
        version: 1,
        created_at: at,
        created_by: userId,
        updated_at: at,
        updated_by: userId,
      })
      .onConflict((oc) => oc.columns(["agency_id", "year"]).doNothing())
      .executeTakeFirst();
    // Another editor created the draft between our read and our write.
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw staleDraft(1, 0);
    await audit(ctx, actor, basis, "create", id, undefined, prose);
    return 1;
  }
  const updated = await tx
    .updateTable("annual_reports")
    .set({
      preamble: prose.preamble,
      sections,
      suggestions,
      version: expectedVersion + 1,
      updated_at: at,
      updated_by: userId,
    })
    .where("id", "=", stored.id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    const now = (await findDraft(tx, basis.agency.id, basis.year))?.version ?? 0;
    throw staleDraft(now, expectedVersion);
  }
  await audit(ctx, actor, basis, "update", stored.id, stored.prose, prose);
  return expectedVersion + 1;
}

async function audit(
  ctx: ServiceContext,
  actor: Actor,
  basis: ReportBasis,
  action: string,
  id: string,
  before: Prose | undefined,
  after: Prose,
): Promise<void> {
  await recordAudit(ctx.db, {
    at: nowIso(ctx),
    actor,
    agencyId: basis.agency.id,
    action,
    entity: "annual_report",
    entityId: id,
    ...(before ? { before: { year: basis.year, ...before } } : {}),
    after: { year: basis.year, ...after },
  });
}

function staleDraft(current: number, expected: number): AppError {
  return new AppError(
    "CONFLICT",
    `报告草稿已被他人修改（当前为第 ${current} 版，您编辑的是第 ${expected} 版）。请刷新后在最新草稿上重新修改`,
    { current, expected },
  );
}
