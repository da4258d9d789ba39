import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/schema.ts";
import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import {
  availableVariables,
  checkTemplate,
  defaultTemplate,
  isLetterKind,
  kindInfo,
  LETTER_KINDS,
  type LetterKind,
  type LetterTemplate,
  MAX_BODY_LENGTH,
  MAX_TITLE_LENGTH,
  requiredVariables,
  VARIABLE_LABELS,
} from "../../domain/letters/index.ts";
import { assertCanAdminister, assertCanRead } from "../access.ts";
import { type Actor, actorUserId } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { nowIso, type ServiceContext } from "../context.ts";
import { optionalText, parseInput } from "../validation.ts";
import { conflictOnDuplicate } from "./unique-violation.ts";

/**
 * The wording of each letter kind for one agency: the default until an agency administrator saves
 * its own. Every save is a new version (old ones are kept: a letter records the version it used)
 * and is checked first, so the wording can never lose a required element.
 */

export interface TemplateVariable {
  name: string;
  label: string;
}

export interface LetterTemplateView extends LetterTemplate {
  kind: LetterKind;
  label: string;
  /** 0: the default wording. */
  version: number;
  isDefault: boolean;
  note: string | null;
  updatedAt: string | null;
  /** The variables the wording must keep, and every one it may use. */
  required: TemplateVariable[];
  available: TemplateVariable[];
}

export interface LetterTemplateHistory extends LetterTemplateView {
  defaultTemplate: LetterTemplate;
  versions: {
    version: number;
    title: string;
    note: string | null;
    createdAt: string;
    createdBy: string | null;
  }[];
}

const variables = (names: readonly (keyof typeof VARIABLE_LABELS)[]): TemplateVariable[] =>
  names.map((name) => ({ name, label: VARIABLE_LABELS[name] }));

function view(
  kind: LetterKind,
  row: { title: string; body: string; version: number; note: string | null; created_at: string } | undefined,
): LetterTemplateView {
  const fallback = defaultTemplate(kind);
  return {
    kind,
    label: kindInfo(kind).label,
    title: row?.title ?? fallback.title,
    body: row?.body ?? fallback.body,
    version: row?.version ?? 0,
    isDefault: row === undefined,
    note: row?.note ?? null,
    updatedAt: row?.created_at ?? null,
    required: variables(requiredVariables(kind)),
    available: variables(availableVariables(kind)),
  };
}

function requireKind(kind: string): LetterKind {
  if (isLetterKind(kind)) return kind;
  throw new AppError("NOT_FOUND", `没有“${kind}”这种文书，可用的文书种类：${LETTER_KINDS.join("、")}`);
}

async function latestRow(db: Kysely<Database>, agencyId: string, kind: LetterKind) {
  return db
    .selectFrom("letter_templates")
    .select(["title", "body", "version", "note", "created_at"])
    .where("agency_id", "=", agencyId)
    .where("kind", "=", kind)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** The wording in force for a kind (no access check: for services that already checked). */
export async function templateInForce(
  db: Kysely<Database>,
  agencyId: string,
  kind: LetterKind,
): Promise<{ template: LetterTemplate; version: number }> {
  const row = await latestRow(db, agencyId, kind);
  return {
    template: row ? { title: row.title, body: row.body } : defaultTemplate(kind),
    version: row?.version ?? 0,
  };
}

/** The wording in force of every kind, for the agency's staff (and supervisors above it). */
export async function listLetterTemplates(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
): Promise<LetterTemplateView[]> {
  await assertCanRead(ctx.db, actor, agencyId);
  const rows = await ctx.db
    .selectFrom("letter_templates")
    .select(["kind", "title", "body", "version", "note", "created_at"])
    .where("agency_id", "=", agencyId)
    .orderBy("version", "desc")
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.kind)) latest.set(r.kind, r);
  return LETTER_KINDS.map((kind) => view(kind, latest.get(kind)));
}

/** One kind's wording in force, its default and the list of saved versions. */
export async function getLetterTemplate(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  kind: string,
): Promise<LetterTemplateHistory> {
  const k = requireKind(kind);
  await assertCanRead(ctx.db, actor, agencyId);
  const rows = await ctx.db
    .selectFrom("letter_templates")
    .select(["title", "body", "version", "note", "created_at", "created_by"])
    .where("agency_id", "=", agencyId)
    .where("kind", "=", k)
    .orderBy("version", "desc")
    .execute();
  return {
    ...view(k, rows[0]),
    defaultTemplate: defaultTemplate(k),
    versions: rows.map((r) => ({
      version: r.version,
      title: r.title,
      note: r.note,
      createdAt: r.created_at,
      createdBy: r.created_by,
    })),
  };
}

const saveSchema = z.object({
  title: z
    .string({ error: "请填写文书标题" })
    .max(MAX_TITLE_LENGTH * 2, { error: `文书标题不能超过 ${MAX_TITLE_LENGTH} 个字` }),
  body: z
    .string({ error: "请填写正文" })
    .max(MAX_BODY_LENGTH, { error: `正文不能超过 ${MAX_BODY_LENGTH} 个字` }),
  baseVersion: z.number({ error: "请提供 baseVersion（您修改所依据的版本号，默认文本为 0）" }).int().min(0),
  note: optionalText("修改说明", 500),
});

export type LetterTemplateInput = z.input<typeof saveSchema>;

/**
 * Saves an agency's own wording of a kind as a new version (its agency administrator, or a system
 * administrator above it). To go back to the default, save the default's text.
 * @throws AppError VALIDATION naming each problem — above all a missing required variable, e.g.
 *   缺少必需的变量 {{remedies}}（救济途径（行政复议、行政诉讼））; CONFLICT when someone saved meanwhile.
 */
export async function saveLetterTemplate(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  kind: string,
  input: LetterTemplateInput,
): Promise<LetterTemplateView> {
  const k = requireKind(kind);
  const data = parseInput(saveSchema, input, "文书模板");
  const template = { title: data.title.trim(), body: data.body };
  checkTemplate(k, template);
  return withTransaction(ctx.db, async (tx) => {
    await assertCanAdminister(tx, actor, agencyId, { agencyAdmin: true });
    const current = await latestRow(tx, agencyId, k);
    const version = current?.version ?? 0;
    const stale = "该文书模板已被他人修改，请刷新后在最新版本上修改";
    if (version !== data.baseVersion) throw new AppError("CONFLICT", stale, { currentVersion: version });
    const at = nowIso(ctx);
    await conflictOnDuplicate(
      () =>
        tx
          .insertInto("letter_templates")
          .values({
            agency_id: agencyId,
            kind: k,
            version: version + 1,
            ...template,
            note: data.note,
            created_at: at,
            created_by: actorUserId(actor),
          })
          .execute(),
      stale,
    );
    await recordAudit(tx, {
      at,
      actor,
      agencyId,
      action: "update",
      entity: "letter_template",
      entityId: `${agencyId}:${k}`,
      before: current ? { version, title: current.title, body: current.body } : { version: 0 },
      after: { version: version + 1, ...template, note: data.note },
    });
    const saved = await latestRow(tx, agencyId, k);
    return view(k, saved);
  });
}
