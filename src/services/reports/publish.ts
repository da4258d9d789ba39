import { z } from "zod";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { assertCanWrite } from "../access.ts";
import { type Actor, actorUserId, type Role } from "../actor.ts";
import { chinaDate } from "../applications/china-date.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { optionalText, parseInput, validationFailure } from "../validation.ts";
import { changesSince } from "./diff-report.ts";
import { saveProse } from "./drafts.ts";
import { countFindings } from "./finding-view.ts";
import { partsWithPlaceholders } from "./prose-input.ts";
import { currentProse, loadBasis, reportOf, validateAgainstBasis } from "./report-basis.ts";
import { findDraft, findLatestVersion, type PublishedVersion } from "./report-store.ts";

/** Publication is a formal act of the agency: its office head or administrator. */
export const PUBLISHERS: readonly Role[] = ["office_head", "agency_admin"];

export const publishSchema = z.object({
  /** The draft version the publisher saw (0 while no draft is stored). */
  expectedVersion: z
    .number({ error: "请提供所发布草稿的版本号 expectedVersion（尚未保存过草稿时为 0）" })
    .int({ error: "草稿版本号应为整数" })
    .min(0, { error: "草稿版本号不能为负数" }),
  /** Rule ids of the error-level findings the publisher knowingly publishes with. */
  acknowledgeErrors: z.array(z.string({ error: "应为规则编号" })).default([]),
  /** Why the report is published again (required from the second version on). */
  revisionNote: optionalText("修订说明", 500),
});
export type PublishInput = z.input<typeof publishSchema>;

async function publisherName(ctx: ServiceContext, actor: Actor): Promise<string> {
  if (actor.kind === "system") return `系统（${actor.label}）`;
  const user = await ctx.db
    .selectFrom("users")
    .select("display_name")
    .where("id", "=", actor.userId)
    .executeTakeFirst();
  return user?.display_name ?? actor.userId;
}

/**
 * Publishes the report of `agencyId` on `year` as it stands — tables from the records now, the
 * draft's prose — dated today (China time, from the service clock). The version is frozen: later
 * changes to records or prose never alter it; publishing again makes version 2, 3, … (a revision
 * note is then required), and every version stays listed.
 *
 * Refused: prose still holding a `【请填写…】` prompt (VALIDATION); error-level findings not all
 * listed in `acknowledgeErrors` (VALIDATION, each error named) — an office may have to publish a
 * report whose records it cannot correct in time, but it does so knowingly and the acknowledgement
 * is kept with the version; nothing changed since the latest version (CONFLICT); a stale draft
 * version (CONFLICT).
 * @throws AppError VALIDATION, NOT_FOUND, FORBIDDEN, CONFLICT.
 */
export async function publishReport(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
  input: PublishInput,
): Promise<PublishedVersion> {
  const data = parseInput(publishSchema, input, "发布请求");
  return withTransaction(ctx.db, async (tx) => {
    const inTx = { ...ctx, db: tx };
    await assertCanWrite(tx, actor, agencyId, PUBLISHERS);
    const [basis, latest] = await Promise.all([
      loadBasis(tx, agencyId, year),
      findLatestVersion(tx, agencyId, year),
    ]);
    if (basis.draft && basis.draft.version !== data.expectedVersion) {
      throw new AppError(
        "CONFLICT",
        `报告草稿已被他人修改（当前为第 ${basis.draft.version} 版，您看到的是第 ${data.expectedVersion} 版）。请刷新核对后再发布`,
        { current: basis.draft.version, expected: data.expectedVersion },
      );
    }
    const prose = currentProse(basis);
    const placeholders = partsWithPlaceholders(prose);
    if (placeholders.length > 0) {
      throw new AppError(
        "VALIDATION",
        `报告中还有待填写的内容（“【请填写……】”），位于：${placeholders.join("、")}。请填写或删除后再发布`,
        { issues: placeholders.map((p) => ({ path: ["prose"], message: `${p}中有待填写的内容` })) },
      );
    }
    const publishDate = chinaDate(ctx.clock());
    const report = reportOf(basis, prose, publishDate);
    const findings = validateAgainstBasis(basis, report);
    const errors = findings.filter((f) => f.severity === "error");
    const unacknowledged = errors.filter((f) => !data.acknowledgeErrors.includes(f.rule));
    if (unacknowledged.length > 0) {
      throw validationFailure(
        "报告仍有错误，未经确认不能发布；如确需发布，请逐项确认这些错误（acknowledgeErrors）。报告",
        unacknowledged.map((f) => ({ path: ["acknowledgeErrors"], message: `${f.rule}：${f.message}` })),
      );
    }
    if (latest && !changesSince(latest.report, { ...report, publishDate: latest.publishDate }).any) {
      throw new AppError(
        "CONFLICT",
        `报告与已发布的第 ${latest.version} 版（${latest.publishDate}）完全相同，无需重新发布`,
        { version: latest.version },
      );
    }
    const version = (latest?.version ?? 0) + 1;
    if (version > 1 && data.revisionNote === null) {
      throw validationFailure("重新发布", [
        {
          path: ["revisionNote"],
          message: `请填写修订说明：第 ${version} 版与已发布的版本有何不同、为什么修改`,
        },
      ]);
    }
    // Publishing the suggestions as they are stores them as the draft first, so the draft always
    // holds the prose of its latest version.
    const draftVersion = basis.draft
      ? basis.draft.version
      : await saveProse(inTx, actor, basis, data.expectedVersion, prose);
    const draft = await findDraft(tx, agencyId, year);
    if (!draft) throw new AppError("INTERNAL", "报告草稿保存失败，请重试");
    const counts = countFindings(findings);
    const acknowledged = [...new Set(errors.map((f) => f.rule))];
    const at = nowIso(ctx);
    const row = {
      report_id: draft.id,
      version,
      agency_id: agencyId,
      year,
      report: JSON.stringify(report),
      findings: JSON.stringify(findings),
      error_count: counts.errors,
      warning_count: counts.warnings,
      acknowledged_errors: JSON.stringify(acknowledged),
      revision_note: data.revisionNote,
      draft_version: draftVersion,
      publish_date: publishDate,
      deadline: basis.deadline,
      published_at: at,
      published_by: actorUserId(actor),
      publisher_name: await publisherName(inTx, actor),
    };
    try {
      await tx.insertInto("annual_report_versions").values(row).execute();
    } catch (err) {
      if (isUniqueViolation(err)) {
        throw new AppError("CONFLICT", "他人刚刚发布了这份报告，请刷新后查看最新版本", { version });
      }
      throw err;
    }
    await recordAudit(tx, {
      at,
      actor,
      agencyId,
      action: "publish",
      entity: "annual_report",
      entityId: draft.id,
      after: {
        year,
        version,
        publishDate,
        draftVersion,
        errorCount: counts.errors,
        warningCount: counts.warnings,
        acknowledgedErrors: acknowledged,
        revisionNote: data.revisionNote,
      },
    });
    const published = await findLatestVersion(tx, agencyId, year);
    if (!published) throw new AppError("INTERNAL", "报告发布失败，请重试");
    return published;
  });
}

/** Two publishers at once on PostgreSQL: the second insert of the same version number. */
function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === "23505" || (typeof code === "string" && code.startsWith("SQLITE_CONSTRAINT"));
}
