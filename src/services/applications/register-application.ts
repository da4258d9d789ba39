import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import { arrivalDate, legalReceiptDate, type ReceiptFacts } from "../../domain/applications/index.ts";
import { assertCanWrite } from "../access.ts";
import type { Actor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { parseInput, validationFailure } from "../validation.ts";
import { type RegistrationInput, registrationSchema } from "./application-input.ts";
import { type ApplicationSummary, toSummary } from "./application-view.ts";
import { applyStep } from "./apply-step.ts";
import { chinaDate } from "./china-date.ts";
import { insertApplication } from "./create-application.ts";

export interface Registered {
  application: ApplicationSummary;
  /** Shown only now (print it on the receipt for the applicant); stored hashed. */
  queryCode: string;
}

/**
 * Registers an application that reached the agency at the counter, by post, by fax or through
 * another online system, with the facts that fix its legal receipt date (第31条): the ledger
 * starts with `received` on that date.
 * @throws AppError VALIDATION (each problem on its field; dates after today), FORBIDDEN.
 */
export async function registerApplication(
  ctx: ServiceContext,
  actor: Actor,
  input: RegistrationInput,
): Promise<Registered> {
  const data = parseInput(registrationSchema, input, "申请登记");
  const agencyId = data.agencyId ?? (actor.kind === "user" ? actor.agencyId : undefined);
  if (agencyId === undefined) {
    throw new AppError("VALIDATION", "请指定受理机关", {
      issues: [{ path: ["agencyId"], message: "请指定受理机关" }],
    });
  }
  checkNotFuture(data.receipt, chinaDate(ctx.clock()));
  const facts = data.receipt;
  return withTransaction(ctx.db, async (tx) => {
    await assertCanWrite(tx, actor, agencyId);
    const { row, queryCode } = await insertApplication(ctx, tx, actor, {
      ...data,
      agencyId,
      channel: facts.channel,
      arrivedOn: arrivalDate(facts),
    });
    const { application } = await applyStep(ctx, tx, {
      application: row,
      expectedVersion: row.version,
      event: {
        type: "received",
        date: legalReceiptDate(facts),
        channel: facts.channel,
        arrivedOn: arrivalDate(facts),
      },
      actor,
      source: actor.kind === "user" ? "staff" : "system",
    });
    return { application: toSummary(application, false), queryCode };
  });
}

function checkNotFuture(facts: ReceiptFacts, today: string): void {
  const issues = Object.entries(facts)
    .filter(([key, value]) => key !== "channel" && value > today)
    .map(([key, value]) => ({
      path: ["receipt", key],
      message: `日期 ${value} 晚于今天（${today}），请填写实际发生的日期`,
    }));
  if (issues.length > 0) throw validationFailure("申请登记", issues);
}
