import type { Kysely } from "kysely";
import type { Database, LetterRow } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import { deriveClock } from "../../domain/applications/index.ts";
import { type LetterContent, type LetterDue, lettersCalledFor } from "../../domain/letters/index.ts";
import { letterPdf, renderLetterHtml } from "../../render/letters/index.ts";
import type { Actor } from "../actor.ts";
import { readableApplication } from "../applications/application-access.ts";
import { seesInFull } from "../applications/application-view.ts";
import { applicationCalendar } from "../applications/calendar-in-force.ts";
import { readLedger } from "../applications/ledger-store.ts";
import type { ServiceContext } from "../context.ts";
import {
  type LetterDetail,
  type LetterSummary,
  letterFileName,
  toLetterDetail,
  toLetterSummary,
} from "./letter-view.ts";

/**
 * Reading issued letters. The list of an application's letters goes to whoever may read the
 * application (a supervisor sees names masked); a letter's text and files name the applicant, so
 * only the handling agency's own staff open them.
 */

export interface ApplicationLetters {
  letters: LetterSummary[];
  /** The letters the application's steps call for, with the one issued for each, if any. */
  due: (LetterDue & { letterId: string | null })[];
}

export async function listApplicationLetters(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
): Promise<ApplicationLetters> {
  const { row: app, masked } = await readableApplication(ctx.db, actor, applicationId);
  const rows = await ctx.db
    .selectFrom("letters")
    .selectAll()
    .where("application_id", "=", app.id)
    .orderBy("issued_at")
    .orderBy("id")
    .execute();
  const deliveries = await deliveriesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const letters = rows.map((r) =>
    toLetterSummary(
      r,
      deliveries.get(r.id),
      masked && app.applicant_type === "naturalPerson" && r.audience === "applicant",
    ),
  );
  const ledger = (await readLedger(ctx.db, app.id)).map((e) => e.event);
  const due =
    ledger.length === 0
      ? []
      : lettersCalledFor(ledger, deriveClock(ledger, await applicationCalendar(ctx.db))).map((d) => ({
          ...d,
          letterId:
            rows.find((r) => r.kind === d.kind && r.step_seq === d.seq && r.step_ref === (d.ref ?? ""))?.id ??
            null,
        }));
  return { letters, due };
}

async function deliveriesOf(db: Kysely<Database>, letterIds: string[]) {
  if (letterIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("letter_deliveries")
    .selectAll()
    .where("letter_id", "in", letterIds)
    .execute();
  return new Map(rows.map((d) => [d.letter_id, d]));
}

export function letterNotFound(id: string): AppError {
  return new AppError("NOT_FOUND", "该文书不存在，或不属于您可以查看的机关，请检查后重试", { id });
}

/**
 * The letter row for its handling agency's staff.
 * @throws NOT_FOUND (unknown, or another agency's), FORBIDDEN (a supervisor above the agency).
 */
export async function ownLetterRow(db: Kysely<Database>, actor: Actor, letterId: string): Promise<LetterRow> {
  const row = await db.selectFrom("letters").selectAll().where("id", "=", letterId).executeTakeFirst();
  if (!row) throw letterNotFound(letterId);
  try {
    await readableApplication(db, actor, row.application_id);
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") throw letterNotFound(letterId);
    throw err;
  }
  if (!seesInFull(actor, row.agency_id)) {
    throw new AppError(
      "FORBIDDEN",
      "文书载有申请人的个人信息，只有办理机关的工作人员可以查看全文和下载；上级机关可查看文书目录",
    );
  }
  return row;
}

/** A letter exactly as issued, with its delivery. */
export async function getLetter(ctx: ServiceContext, actor: Actor, letterId: string): Promise<LetterDetail> {
  const row = await ownLetterRow(ctx.db, actor, letterId);
  return toLetterDetail(row, (await deliveriesOf(ctx.db, [row.id])).get(row.id));
}

export interface LetterFile {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
}

export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The Word file as issued. */
export async function readLetterFile(db: Kysely<Database>, row: LetterRow): Promise<LetterFile> {
  const file = await db
    .selectFrom("letter_files")
    .select("docx")
    .where("letter_id", "=", row.id)
    .executeTakeFirstOrThrow();
  return {
    filename: letterFileName(row, "docx"),
    mediaType: DOCX_MEDIA_TYPE,
    bytes: new Uint8Array(file.docx),
  };
}

export async function letterDocx(ctx: ServiceContext, actor: Actor, letterId: string): Promise<LetterFile> {
  return readLetterFile(ctx.db, await ownLetterRow(ctx.db, actor, letterId));
}

/**
 * The letter as PDF, converted on request from the issued Word file (LibreOffice) or its HTML
 * (Chromium). @throws AppError CONFLICT with a Chinese message when the machine has no converter.
 */
export async function letterPdfFile(
  ctx: ServiceContext,
  actor: Actor,
  letterId: string,
): Promise<LetterFile> {
  const row = await ownLetterRow(ctx.db, actor, letterId);
  const docx = await readLetterFile(ctx.db, row);
  const html = renderLetterHtml(JSON.parse(row.content) as LetterContent);
  const { pdf } = await letterPdf({ docx: docx.bytes, html });
  return { filename: letterFileName(row, "pdf"), mediaType: "application/pdf", bytes: pdf };
}
