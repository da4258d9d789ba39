import { z } from "zod";

/**
 * The counting rules the law leaves to interpretation (rules.md §2–§3), as policy with the stated
 * defaults. The statutory numbers are here too so that one object says how every clock counts.
 */
export interface ClockPolicy {
  /** 第33条: reply within 20 working days of receipt. */
  replyDays: number;
  /** 第33条: one extension of at most 20 working days. */
  maxExtensionDays: number;
  /** 第30条: a correction request within 7 working days of receipt. */
  correctionNoticeDays: number;
  /** 第32条/第34条: the consulted party has 15 working days from receiving the request. */
  consultationWindowDays: number;
  /** 109号: the applicant pays within 20 working days starting the day after receiving the fee notice. */
  paymentDays: number;
  /** Interpretation, default on: the time from the fee notice to payment is not counted in the reply deadline. */
  feePauseExcluded: boolean;
  /**
   * Counting convention, default false: the day of receipt is not counted, day 1 is the first working
   * day after it and the deadline is the Nth working day. True counts a working receipt day as day 1.
   * Applies to the reply, correction-notice and consultation clocks; the payment clock always starts
   * the day after (109号 says so).
   */
  countReceiptDay: boolean;
  /** Status: an open application is "due soon" when this many working days or fewer remain. */
  dueSoonDays: number;
}

export const DEFAULT_CLOCK_POLICY: Readonly<ClockPolicy> = Object.freeze({
  replyDays: 20,
  maxExtensionDays: 20,
  correctionNoticeDays: 7,
  consultationWindowDays: 15,
  paymentDays: 20,
  feePauseExcluded: true,
  countReceiptDay: false,
  dueSoonDays: 5,
});

const days = (what: string) =>
  z
    .number({ error: () => `${what}应为数字` })
    .int(`${what}应为整数`)
    .min(0, `${what}不能为负数`)
    .max(366);

/** Partial policy as stored by an administrator; missing fields take the defaults. */
export const clockPolicySchema = z
  .object({
    replyDays: days("答复期限工作日数"),
    maxExtensionDays: days("最长延期工作日数"),
    correctionNoticeDays: days("告知补正期限工作日数"),
    consultationWindowDays: days("征求意见期限工作日数"),
    paymentDays: days("缴费期限工作日数"),
    feePauseExcluded: z.boolean(),
    countReceiptDay: z.boolean(),
    dueSoonDays: days("临期提醒工作日数"),
  })
  .partial();

/**
 * The policy in force: defaults overridden by the given fields (undefined fields keep the default).
 * The default object itself is returned as is, so the hot path does not copy it.
 */
export function resolvePolicy(overrides: Partial<ClockPolicy> = DEFAULT_CLOCK_POLICY): ClockPolicy {
  if (overrides === DEFAULT_CLOCK_POLICY) return DEFAULT_CLOCK_POLICY;
  const policy: ClockPolicy = { ...DEFAULT_CLOCK_POLICY };
  for (const key of Object.keys(policy) as (keyof ClockPolicy)[]) {
    const value = overrides[key];
    if (value !== undefined) (policy as unknown as Record<string, unknown>)[key] = value;
  }
  return policy;
}
