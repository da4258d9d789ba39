import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import {
  defaultNumberPatterns,
  NUMBER_SERIES,
  type NumberSeries,
  numberPatternIssues,
  SERIES_KEYS,
} from "../../domain/letters/index.ts";
import { assertCanAdminister, assertCanRead } from "../access.ts";
import { type Actor, actorUserId } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { optionalText, parseInput, validationFailure } from "../validation.ts";
import { conflictOnDuplicate } from "./unique-violation.ts";

/**
 * An agency's letter settings: the document-number pattern of each series, how the information
 * processing fee is paid (printed in fee notices), and who signs (default: the agency's name).
 * Until an administrator saves them, the defaults apply (version 0).
 */
export interface LetterSettings {
  agencyId: string;
  numberPatterns: Record<NumberSeries, string>;
  paymentMethod: string | null;
  signer: string | null;
  /** 0 while the defaults apply; each save increments it. */
  version: number;
  updatedAt: string | null;
}

interface AgencyNames {
  id: string;
  name: string;
  short_name: string | null;
}

/** The settings in force for an agency (no access check: for services that already checked). */
export async function readLetterSettings(db: Kysely<Database>, agency: AgencyNames): Promise<LetterSettings> {
  const row = await db
    .selectFrom("letter_settings")
    .selectAll()
    .where("agency_id", "=", agency.id)
    .executeTakeFirst();
  const defaults = defaultNumberPatterns(agency.short_name ?? agency.name);
  if (!row) {
    return {
      agencyId: agency.id,
      numberPatterns: defaults,
      paymentMethod: null,
      signer: null,
      version: 0,
      updatedAt: null,
    };
  }
  return {
    agencyId: agency.id,
    numberPatterns: {
      ...defaults,
      ...(JSON.parse(row.number_patterns) as Partial<Record<NumberSeries, string>>),
    },
    paymentMethod: row.payment_method,
    signer: row.signer,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

async function agencyNames(db: Kysely<Database>, agencyId: string): Promise<AgencyNames> {
  return db
    .selectFrom("agencies")
    .select(["id", "name", "short_name"])
    .where("id", "=", agencyId)
    .executeTakeFirstOrThrow();
}

/** The settings of an agency, for its staff (and supervisors above it). */
export async function getLetterSettings(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
): Promise<LetterSettings> {
  await assertCanRead(ctx.db, actor, agencyId);
  return readLetterSettings(ctx.db, await agencyNames(ctx.db, agencyId));
}

const seriesNames = Object.fromEntries(SERIES_KEYS.map((s) => [s, z.string().optional()])) as Record<
  NumberSeries,
  z.ZodOptional<z.ZodString>
>;

const settingsSchema = z.object({
  expectedVersion: z
    .number({ error: "请提供 expectedVersion（您看到的设置版本号，尚未保存过的为 0）" })
    .int()
    .min(0),
  numberPatterns: z.object(seriesNames, { error: "文号格式应为对象，键为文书系列" }).strict().optional(),
  paymentMethod: optionalText("信息处理费缴纳方式", 1000).optional(),
  signer: optionalText("落款机关", 100).optional(),
});

export type LetterSettingsInput = z.input<typeof settingsSchema>;

/**
 * Saves an agency's settings (its agency administrator, or a system administrator above it).
 * Fields left out keep their value; patterns are checked ({year} and {n} exactly once).
 * @throws AppError VALIDATION (every problem, by field), CONFLICT (someone saved meanwhile), FORBIDDEN.
 */
export async function updateLetterSettings(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: LetterSettingsInput,
): Promise<LetterSettings> {
  const data = parseInput(settingsSchema, input, "文书设置");
  const patterns = Object.entries(data.numberPatterns ?? {}) as [NumberSeries, string | undefined][];
  const issues = patterns.flatMap(([series, pattern]) =>
    pattern === undefined ? [] : numberPatternIssues(series, pattern.trim()),
  );
  if (issues.length > 0) throw validationFailure("文书设置", issues);
  return withTransaction(ctx.db, async (tx) => {
    await assertCanAdminister(tx, actor, agencyId, { agencyAdmin: true });
    const before = await readLetterSettings(tx, await agencyNames(tx, agencyId));
    if (before.version !== data.expectedVersion) {
      throw new AppError("CONFLICT", "文书设置已被他人修改，请刷新后重试", {
        currentVersion: before.version,
      });
    }
    const overrides = Object.fromEntries(
      patterns.filter(([, p]) => p !== undefined).map(([s, p]) => [s, p?.trim()]),
    );
    const numberPatterns = { ...before.numberPatterns, ...overrides };
    const row = {
      number_patterns: JSON.stringify(numberPatterns),
      payment_method: data.paymentMethod === undefined ? before.paymentMethod : data.paymentMethod,
      signer: data.signer === undefined ? before.signer : data.signer,
      version: before.version + 1,
      updated_at: nowIso(ctx),
      updated_by: actorUserId(actor),
    };
    if (before.version === 0) {
      await conflictOnDuplicate(
        () =>
          tx
            .insertInto("letter_settings")
            .values({ agency_id: agencyId, ...row })
            .execute(),
        "文书设置已被他人修改，请刷新后重试",
      );
    } else {
      const updated = await tx
        .updateTable("letter_settings")
        .set(row)
        .where("agency_id", "=", agencyId)
        .where("version", "=", before.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1)
        throw new AppError("CONFLICT", "文书设置已被他人修改，请刷新后重试");
    }
    const after = await readLetterSettings(tx, await agencyNames(tx, agencyId));
    await recordAudit(tx, {
      at: row.updated_at,
      actor,
      agencyId,
      action: "update",
      entity: "letter_settings",
      entityId: agencyId,
      before,
      after,
    });
    return after;
  });
}

/** The series names, for the settings form. */
export const SERIES_LABELS = Object.fromEntries(
  SERIES_KEYS.map((s) => [s, NUMBER_SERIES[s].label]),
) as Record<NumberSeries, string>;
