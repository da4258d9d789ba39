import { withTransaction } from "../../db/transaction.ts";
import { AppError, type FieldIssue } from "../../domain/app-error.ts";
import { systemActor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput, validationFailure } from "../validation.ts";
import { type OnlineSubmissionInput, onlineSubmissionSchema } from "./application-input.ts";
import { storeAttachments } from "./attachment-store.ts";
import { checkUploads, type UploadedFile } from "./attachment-types.ts";
import { chinaDate } from "./china-date.ts";
import { insertApplication } from "./create-application.ts";

/** Files an online application may carry when it is submitted (the application's limit of 20 applies as well). */
export const MAX_SUBMISSION_FILES = 5;

/** What the applicant is shown once after submitting: keep the number and the query code. */
export interface SubmissionReceipt {
  number: string;
  /** Shown only now; stored hashed. With the number, it opens the public status page. */
  queryCode: string;
  agencyName: string;
  submittedOn: string;
}

/** The actor recorded in the audit log for what applicants do on the public pages. */
export const APPLICANT_ACTOR = systemActor("applicant");

/**
 * An application submitted online by the applicant (no account). It waits for the agency to
 * confirm receipt (confirmReceipt): for online applications the legal receipt date is the day
 * both sides confirm (第31条), not the day of submission.
 * `attachments` (optional: proof of identity, a letter of authority…) are checked with the form, so
 * one answer lists every problem of both, each file on the path `["attachments", i]`.
 * @throws AppError VALIDATION listing every problem of the form, each on its field.
 */
export async function submitOnline(
  ctx: ServiceContext,
  input: OnlineSubmissionInput,
  attachments: readonly UploadedFile[] = [],
): Promise<SubmissionReceipt> {
  const issues: FieldIssue[] = [];
  const collect = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (err) {
      if (!(err instanceof AppError && err.code === "VALIDATION" && err.details.issues)) throw err;
      issues.push(...err.details.issues);
      return undefined;
    }
  };
  const data = collect(() => parseInput(onlineSubmissionSchema, input, "公开申请"));
  if (attachments.length > MAX_SUBMISSION_FILES) {
    issues.push({ path: ["attachments"], message: `提交申请时最多上传 ${MAX_SUBMISSION_FILES} 个附件` });
  } else {
    collect(() => checkUploads(attachments, 0, (i) => ["attachments", i]));
  }
  if (!data || issues.length > 0) throw validationFailure("公开申请", issues);
  return withTransaction(ctx.db, async (tx) => {
    const agency = await tx
      .selectFrom("agencies")
      .select(["id", "name"])
      .where("id", "=", data.agencyId)
      .executeTakeFirst();
    if (!agency) {
      const message = "所选受理机关不存在，请从列表中重新选择";
      throw new AppError("VALIDATION", message, { issues: [{ path: ["agencyId"], message }] });
    }
    const submittedOn = chinaDate(ctx.clock());
    const { row, queryCode } = await insertApplication(ctx, tx, APPLICANT_ACTOR, {
      ...data,
      channel: "online",
      arrivedOn: submittedOn,
    });
    if (attachments.length > 0) {
      await storeAttachments(
        ctx,
        tx,
        row,
        attachments,
        { actor: APPLICANT_ACTOR, source: "applicant", note: "申请人提交申请时上传" },
        (i) => ["attachments", i],
      );
    }
    return { number: row.number, queryCode, agencyName: agency.name, submittedOn };
  });
}
