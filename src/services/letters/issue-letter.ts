import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { ApplicationRow, Database } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import {
  type ComposedLetter,
  composeLetter,
  formatDocumentNumber,
  kindInfo,
  type LetterContent,
  type LetterKind,
  type LetterRequest,
  type LetterValues,
  letterRequestSchema,
  renderLetter,
} from "../../domain/letters/index.ts";
import { renderLetterDocx, renderLetterHtml } from "../../render/letters/index.ts";
import { type Actor, actorUserId } from "../actor.ts";
import { writableApplication } from "../applications/application-access.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { newId, nowIso, type ServiceContext } from "../context.ts";
import { parseInput } from "../validation.ts";
import { takeDocumentNumber } from "./document-number.ts";
import { loadLetterRecord } from "./letter-record.ts";
import { templateInForce } from "./letter-templates.ts";
import { type LetterDetail, toLetterDetail } from "./letter-view.ts";
import { conflictOnDuplicate } from "./unique-violation.ts";

/**
 * Letters are issued right after the step they write up, from the application's own record: staff
 * record the step (recordStep), then preview and issue its letter, adding what only they know
 * (the items to correct, the reasons of a refusal). Issuing composes the letter from the ledger,
 * takes the next document number, renders Word and HTML and stores all of it in one transaction.
 */

export interface LetterPreview {
  kind: LetterKind;
  label: string;
  /** What the letter will say; its document number is given when it is issued. */
  content: LetterContent;
  html: string;
  values: LetterValues;
  templateVersion: number;
  /** A date in it reaches a year whose official schedule is not loaded: it cannot be issued yet. */
  provisional: boolean;
  /** Issued already (a step has one letter of each kind): its id. */
  issuedLetterId: string | null;
}

async function prepare(tx: Kysely<Database>, actor: Actor, applicationId: string, input: unknown) {
  const request: LetterRequest = parseInput(letterRequestSchema, input, "出具文书");
  const app = await writableApplication(tx, actor, applicationId);
  const { record, settings } = await loadLetterRecord(tx, app);
  const composed = composeLetter(record, request);
  const { template, version } = await templateInForce(tx, app.agency_id, composed.kind);
  const issued = await tx
    .selectFrom("letters")
    .select(["id", "document_number"])
    .where("application_id", "=", app.id)
    .where("kind", "=", composed.kind)
    .where("step_seq", "=", composed.step.seq)
    .where("step_ref", "=", composed.step.ref ?? "")
    .executeTakeFirst();
  return { app, composed, template, version, settings, issued };
}

/** The letter a request would issue, without number or storage. @throws as issueLetter, but never for a duplicate. */
export async function previewLetter(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  input: unknown,
): Promise<LetterPreview> {
  const p = await prepare(ctx.db, actor, applicationId, input);
  const content = renderLetter(p.composed, p.template, null);
  return {
    kind: p.composed.kind,
    label: kindInfo(p.composed.kind).label,
    content,
    html: renderLetterHtml(content, { standalone: false }),
    values: p.composed.values,
    templateVersion: p.version,
    provisional: p.composed.provisional,
    issuedLetterId: p.issued?.id ?? null,
  };
}

/**
 * Issues a letter of the application's agency: numbered, rendered and stored exactly as sent.
 * @param input a LetterRequest: `{ kind: "correction", items: [...] }`, `{ kind: "reply", reasons }`, …
 * @throws AppError VALIDATION (a fact the letter needs is missing: named), CONFLICT (the step is not
 *   in the ledger yet, or its letter was issued already), CALENDAR_MISSING (a date would be
 *   provisional), NOT_FOUND / FORBIDDEN (not the actor's agency).
 */
export async function issueLetter(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  input: unknown,
): Promise<LetterDetail> {
  return withTransaction(ctx.db, async (tx) => {
    const p = await prepare(tx, actor, applicationId, input);
    const { composed, app } = p;
    const label = kindInfo(composed.kind).label;
    const duplicate = `该步骤的${label}已出具${p.issued ? `（${p.issued.document_number}）` : ""}，同一步骤不能重复出具`;
    if (p.issued) throw new AppError("CONFLICT", duplicate, { letterId: p.issued.id });
    if (composed.provisional) {
      throw new AppError(
        "CALENDAR_MISSING",
        `${label}中的日期涉及尚未载入法定节假日安排的年度，只能暂按周末推算，不能据此出具；请系统管理员载入该年度的节假日安排后再出具`,
      );
    }
    const year = Number(composed.date.slice(0, 4));
    // Taken last before rendering: the counter row stays locked (PostgreSQL) only while this letter is written.
    const number = await takeDocumentNumber(tx, app.agency_id, composed.series, year);
    const documentNumber = formatDocumentNumber(p.settings.numberPatterns[composed.series], year, number);
    const content = renderLetter(composed, p.template, documentNumber);
    const docx = await renderLetterDocx(content);
    const id = newId();
    const at = nowIso(ctx);
    const row = letterRow(id, app, composed, {
      year,
      number,
      documentNumber,
      version: p.version,
      content,
      docx,
      at,
    });
    await conflictOnDuplicate(async () => {
      await tx
        .insertInto("letters")
        .values({ ...row, issued_by: actorUserId(actor) })
        .execute();
      await tx.insertInto("letter_files").values({ letter_id: id, docx }).execute();
    }, duplicate);
    await recordAudit(tx, {
      at,
      actor,
      agencyId: app.agency_id,
      action: "issue",
      entity: "letter",
      entityId: id,
      // The letter itself names the applicant: the log keeps what identifies it, not its text.
      after: {
        applicationNumber: app.number,
        kind: composed.kind,
        documentNumber,
        stepSeq: composed.step.seq,
      },
    });
    return toLetterDetail({ ...row, issued_by: actorUserId(actor) }, undefined);
  });
}

function letterRow(
  id: string,
  app: ApplicationRow,
  composed: ComposedLetter,
  made: {
    year: number;
    number: number;
    documentNumber: string;
    version: number;
    content: LetterContent;
    docx: Uint8Array;
    at: string;
  },
) {
  return {
    id,
    agency_id: app.agency_id,
    application_id: app.id,
    kind: composed.kind,
    series: composed.series,
    year: made.year,
    number: made.number,
    document_number: made.documentNumber,
    step_seq: composed.step.seq,
    step_ref: composed.step.ref ?? "",
    audience: composed.audience,
    addressee: composed.addressee,
    letter_date: composed.date,
    template_version: made.version,
    content: JSON.stringify(made.content),
    letter_values: JSON.stringify(composed.values),
    html: renderLetterHtml(made.content, { standalone: false }),
    docx_sha256: createHash("sha256").update(made.docx).digest("hex"),
    docx_size: made.docx.length,
    issued_at: made.at,
  };
}
