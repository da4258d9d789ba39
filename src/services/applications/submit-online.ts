import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { systemActor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput } from "../validation.ts";
import { type OnlineSubmissionInput, onlineSubmissionSchema } from "./application-input.ts";
import { chinaDate } from "./china-date.ts";
import { insertApplication } from "./create-application.ts";

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
 * @throws AppError VALIDATION listing every problem of the form, each on its field.
 */
export async function submitOnline(
  ctx: ServiceContext,
  input: OnlineSubmissionInput,
): Promise<SubmissionReceipt> {
  const data = parseInput(onlineSubmissionSchema, input, "公开申请");
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
    return { number: row.number, queryCode, agencyName: agency.name, submittedOn };
  });
}
