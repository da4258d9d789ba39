import type { Kysely } from "kysely";
import type { ApplicationRow, Database } from "../../db/schema.ts";
import { AppError } from "../../domain/app-error.ts";
import { assertCanRead, assertCanWrite } from "../access.ts";
import type { Actor } from "../actor.ts";
import { seesInFull } from "./application-view.ts";

/**
 * Loading one application for a staff member. Who may not read it is told it does not exist —
 * the same answer as for an unknown id, so that ids reveal nothing about other agencies. A
 * supervisor above the handling agency may read (masked) but never act: FORBIDDEN with a reason.
 */

export function notFound(id: string): AppError {
  return new AppError("NOT_FOUND", "该申请不存在，或不属于您可以查看的机关，请检查后重试", { id });
}

async function findRow(db: Kysely<Database>, id: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom("applications").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The application and whether this reader sees its personal data masked. @throws NOT_FOUND */
export async function readableApplication(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<{ row: ApplicationRow; masked: boolean }> {
  const row = await findRow(db, id);
  if (!row) throw notFound(id);
  try {
    await assertCanRead(db, actor, row.agency_id);
  } catch (err) {
    if (err instanceof AppError && err.code === "FORBIDDEN") throw notFound(id);
    throw err;
  }
  return { row, masked: !seesInFull(actor, row.agency_id) };
}

/**
 * The application, for a change by its handling agency's staff.
 * @throws NOT_FOUND (cannot even read it), FORBIDDEN (reads it — a supervisor — but may not change it).
 */
export async function writableApplication(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<ApplicationRow> {
  const { row } = await readableApplication(db, actor, id);
  await assertCanWrite(db, actor, row.agency_id);
  return row;
}
