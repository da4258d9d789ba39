import { z } from "zod";
import { CHANNEL_RULES, type ReceiptChannel, type ReceiptFacts } from "../../domain/applications/index.ts";
import { oneOf, optionalIsoDate, requiredText } from "../validation.ts";
import { ALWAYS, asRecord, checkDelivery, requestShape } from "./applicant-input.ts";

/** Input of the two ways an application comes in: online by the applicant, or registered by staff. */

const agencyId = requiredText("受理机关", 64);

/** An application submitted online by the applicant (public, no account). */
export const onlineSubmissionSchema = z
  .object({ agencyId, ...requestShape })
  .superRefine(checkDelivery, ALWAYS);
export type OnlineSubmissionInput = z.input<typeof onlineSubmissionSchema>;

const channelLabels = Object.fromEntries(
  Object.entries(CHANNEL_RULES).map(([k, v]) => [k, v.label]),
) as Record<ReceiptChannel, string>;

/** Which dates each channel needs to fix its legal receipt date (第31条), with their labels (also the workspace's form). */
export const RECEIPT_DATES: Record<ReceiptChannel, [field: string, label: string][]> = {
  inPerson: [["submittedOn", "当面提交日期"]],
  registeredMail: [["signedOn", "签收日期"]],
  ordinaryLetter: [
    ["arrivedOn", "信函到达日期"],
    ["confirmedOn", "与申请人确认收到的日期"],
  ],
  online: [
    ["submittedOn", "网上提交日期"],
    ["confirmedOn", "双方确认日期"],
  ],
  fax: [
    ["submittedOn", "传真到达日期"],
    ["confirmedOn", "双方确认日期"],
  ],
};

/** How the application reached the agency and the facts that fix its legal receipt date. */
export const receiptSchema = z
  .object({
    channel: oneOf("提交渠道", channelLabels),
    submittedOn: optionalIsoDate("提交日期"),
    signedOn: optionalIsoDate("签收日期"),
    arrivedOn: optionalIsoDate("到达日期"),
    confirmedOn: optionalIsoDate("确认收到日期"),
  })
  .superRefine((raw, ctx) => {
    const r = asRecord(raw);
    const needed = RECEIPT_DATES[r.channel as ReceiptChannel] ?? [];
    for (const [field, label] of needed) {
      if (typeof r[field] !== "string" || r[field] === "") {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `请填写${label}（${channelLabels[r.channel as ReceiptChannel]}）`,
        });
      }
    }
    const from = r.submittedOn ?? r.arrivedOn;
    if (typeof from === "string" && typeof r.confirmedOn === "string" && r.confirmedOn < from) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmedOn"],
        message: "确认收到的日期不能早于申请到达的日期",
      });
    }
  }, ALWAYS)
  .transform((r): ReceiptFacts => {
    const d = (v: string | null) => v ?? "";
    switch (r.channel) {
      case "inPerson":
        return { channel: "inPerson", submittedOn: d(r.submittedOn) };
      case "registeredMail":
        return { channel: "registeredMail", signedOn: d(r.signedOn) };
      case "ordinaryLetter":
        return { channel: "ordinaryLetter", arrivedOn: d(r.arrivedOn), confirmedOn: d(r.confirmedOn) };
      case "online":
      case "fax":
        return { channel: r.channel, submittedOn: d(r.submittedOn), confirmedOn: d(r.confirmedOn) };
    }
  });

/** An application registered by staff: at the counter, from the post, a fax, or another online system. */
export const registrationSchema = z
  .object({ agencyId: agencyId.optional(), receipt: receiptSchema, ...requestShape })
  .superRefine(checkDelivery, ALWAYS);
export type RegistrationInput = z.input<typeof registrationSchema>;
