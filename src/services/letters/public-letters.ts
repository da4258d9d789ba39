import { AppError } from "../../domain/app-error.ts";
import { openWithCode, type PublicCredentials } from "../applications/public-access.ts";
import type { ServiceContext } from "../context.ts";
import { DELIVERY_METHOD_LABELS } from "./letter-view.ts";
import { type LetterFile, readLetterFile } from "./list-letters.ts";

/** A letter as the applicant sees it on the status page. */
export interface PublicLetter {
  id: string;
  title: string;
  documentNumber: string;
  letterDate: string;
  /** The letter as HTML (`<article class="gk-letter">`, style with LETTER_CSS): exactly as issued. */
  html: string;
  delivery: { methodLabel: string; deliveredOn: string } | null;
}

/**
 * The letters sent to the applicant (not those to third parties or other agencies), oldest first,
 * for whoever holds the application's number and query code.
 * @throws AppError VALIDATION (malformed), NOT_FOUND (wrong number or code: one answer).
 */
export async function publicLetters(
  ctx: ServiceContext,
  credentials: PublicCredentials,
): Promise<PublicLetter[]> {
  const app = (await openWithCode(ctx.db, credentials)).row;
  const rows = await ctx.db
    .selectFrom("letters as l")
    .leftJoin("letter_deliveries as d", "d.letter_id", "l.id")
    .select([
      "l.id",
      "l.content",
      "l.document_number",
      "l.letter_date",
      "l.html",
      "d.method",
      "d.delivered_on",
    ])
    .where("l.application_id", "=", app.id)
    .where("l.audience", "=", "applicant")
    .orderBy("l.issued_at")
    .orderBy("l.id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: (JSON.parse(r.content) as { title: string }).title,
    documentNumber: r.document_number,
    letterDate: r.letter_date,
    html: r.html,
    delivery:
      r.method && r.delivered_on
        ? { methodLabel: DELIVERY_METHOD_LABELS[r.method], deliveredOn: r.delivered_on }
        : null,
  }));
}

/** The Word file of one of the applicant's letters. @throws NOT_FOUND for any other letter. */
export async function publicLetterDocx(
  ctx: ServiceContext,
  credentials: PublicCredentials,
  letterId: string,
): Promise<LetterFile> {
  const app = (await openWithCode(ctx.db, credentials)).row;
  const row = await ctx.db
    .selectFrom("letters")
    .selectAll()
    .where("id", "=", String(letterId))
    .where("application_id", "=", app.id)
    .where("audience", "=", "applicant")
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", "没有这份文书，请从办理情况页面中选择要下载的文书");
  return readLetterFile(ctx.db, row);
}
