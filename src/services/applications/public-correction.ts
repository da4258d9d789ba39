import { z } from "zod";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import type { LedgerEvent } from "../../domain/applications/index.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput, requiredText } from "../validation.ts";
import { applyStep, STALE_VERSION_MESSAGE } from "./apply-step.ts";
import { storeAttachments } from "./attachment-store.ts";
import type { UploadedFile } from "./attachment-types.ts";
import { chinaDate } from "./china-date.ts";
import { openWithCode, type PublicCredentials } from "./public-access.ts";
import { describeForApplicant, type PublicStatus } from "./public-status.ts";
import { APPLICANT_ACTOR } from "./submit-online.ts";

/** Files one correction may carry (the application's limit of 20 applies as well). */
export const MAX_CORRECTION_FILES = 5;

export interface CorrectionInput extends PublicCredentials {
  /** The corrected or completed description of the information wanted. */
  text: string;
  attachments?: UploadedFile[];
}

const textSchema = z.object({ text: requiredText("补正内容", 5000) });

/**
 * The applicant's correction from the status page (第30条): allowed while the agency awaits one.
 * Records `correctionReceived` dated today in China — the reply clock restarts from it — with the
 * text and files, in one transaction; a refusal stores nothing.
 * @throws AppError VALIDATION (text, files), NOT_FOUND (wrong number or code), CONFLICT (no
 *   correction awaited, or the agency acted at the same moment).
 */
export async function submitCorrection(ctx: ServiceContext, input: CorrectionInput): Promise<PublicStatus> {
  const { text } = parseInput(textSchema, { text: input.text }, "补正");
  const files = input.attachments ?? [];
  if (files.length > MAX_CORRECTION_FILES) {
    const message = `一次补正最多上传 ${MAX_CORRECTION_FILES} 个附件`;
    throw new AppError("VALIDATION", message, { issues: [{ path: ["attachments"], message }] });
  }
  return withTransaction(ctx.db, async (tx) => {
    const opened = await openWithCode(tx, input);
    if (opened.row.phase !== "awaitingCorrection") {
      throw new AppError("CONFLICT", "本申请目前不需要补正；如有疑问，请联系受理机关");
    }
    const row = await tx
      .selectFrom("applications")
      .selectAll()
      .where("id", "=", opened.row.id)
      .executeTakeFirstOrThrow();
    const event: LedgerEvent = { type: "correctionReceived", date: chinaDate(ctx.clock()) };
    const step = await applyStep(ctx, tx, {
      application: row,
      expectedVersion: opened.row.version,
      event,
      actor: APPLICANT_ACTOR,
      source: "applicant",
      correctionText: text,
    }).catch((err: unknown) => {
      if (err instanceof AppError && err.message === STALE_VERSION_MESSAGE) {
        throw new AppError("CONFLICT", "受理机关刚刚更新了本申请，请刷新页面确认状态后重试");
      }
      throw err;
    });
    await storeAttachments(
      ctx,
      tx,
      row,
      files,
      { actor: APPLICANT_ACTOR, source: "applicant", note: "申请人补正材料" },
      (i) => ["attachments", i],
    );
    return describeForApplicant(
      { ...ctx, db: tx },
      {
        row: step.application,
        agencyName: opened.agencyName,
        ledger: [...opened.ledger, event],
      },
    );
  });
}
