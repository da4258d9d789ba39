import type { Kysely } from "kysely";
import type { AttachmentRow, Database } from "../../db/schema.ts";
import type { Actor } from "../actor.ts";
import { actorUserId } from "../actor.ts";
import { recordAudit } from "../audit/audit-log.ts";
import { newId, nowIso, type ServiceContext } from "../context.ts";
import { maskFileName } from "../privacy/mask.ts";
import {
  type AttachmentKind,
  type CheckedFile,
  checkUploads,
  type UploadedFile,
} from "./attachment-types.ts";

/** Attachments as stored: metadata in `attachments`, bytes in `attachment_blobs`. */

export interface AttachmentInfo {
  id: string;
  applicationId: string;
  /** Who uploaded it: the applicant (with the correction) or staff. */
  source: "applicant" | "staff";
  filename: string;
  kind: AttachmentKind;
  mediaType: string;
  size: number;
  sha256: string;
  note: string | null;
  uploadedAt: string;
  uploadedBy: string | null;
}

export function toAttachmentInfo(r: AttachmentRow): AttachmentInfo {
  return {
    id: r.id,
    applicationId: r.application_id,
    source: r.source,
    filename: r.filename,
    kind: r.kind as AttachmentKind,
    mediaType: r.media_type,
    size: r.size,
    sha256: r.sha256,
    note: r.note,
    uploadedAt: r.uploaded_at,
    uploadedBy: r.uploaded_by,
  };
}

/** The attachments of one application, oldest first (no bytes); `masked` for readers outside its agency. */
export async function listAttachmentRows(
  db: Kysely<Database>,
  applicationId: string,
  masked: boolean,
): Promise<AttachmentInfo[]> {
  const rows = await db
    .selectFrom("attachments")
    .selectAll()
    .where("application_id", "=", applicationId)
    .orderBy("uploaded_at")
    .orderBy("id")
    .execute();
  const infos = rows.map(toAttachmentInfo);
  // Outside the handling agency: no file names, notes or uploaders, which may name the applicant.
  return masked
    ? infos.map((a, i) => ({ ...a, filename: maskFileName(a.filename, i + 1), note: null, uploadedBy: null }))
    : infos;
}

/**
 * Checks and stores files on an application in the caller's transaction. The application row is
 * touched first: on PostgreSQL that takes its lock, so two uploads at once cannot together pass
 * the limit of 20 (SQLite serialises writers anyway).
 * @throws AppError VALIDATION (size, type, count) before anything is written.
 */
export async function storeAttachments(
  ctx: ServiceContext,
  tx: Kysely<Database>,
  app: { id: string; agency_id: string },
  files: readonly UploadedFile[],
  by: { actor: Actor; source: "applicant" | "staff"; note: string | null },
  pathOf: (index: number) => (string | number)[],
): Promise<AttachmentInfo[]> {
  const at = nowIso(ctx);
  await tx.updateTable("applications").set({ updated_at: at }).where("id", "=", app.id).execute();
  const counted = await tx
    .selectFrom("attachments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("application_id", "=", app.id)
    .executeTakeFirstOrThrow();
  const checked = checkUploads(files, Number(counted.n), pathOf);
  const stored: AttachmentInfo[] = [];
  for (const file of checked) stored.push(await insertOne(tx, app, file, { ...by, at }));
  for (const info of stored) {
    await recordAudit(tx, {
      at,
      actor: by.actor,
      agencyId: app.agency_id,
      action: "attach",
      entity: "application",
      entityId: app.id,
      after: {
        attachmentId: info.id,
        filename: info.filename,
        kind: info.kind,
        size: info.size,
        sha256: info.sha256,
      },
    });
  }
  return stored;
}

async function insertOne(
  tx: Kysely<Database>,
  app: { id: string; agency_id: string },
  file: CheckedFile,
  by: { actor: Actor; source: "applicant" | "staff"; note: string | null; at: string },
): Promise<AttachmentInfo> {
  const id = newId();
  const row = await tx
    .insertInto("attachments")
    .values({
      id,
      application_id: app.id,
      agency_id: app.agency_id,
      source: by.source,
      filename: file.filename,
      kind: file.kind,
      media_type: file.mediaType,
      size: file.bytes.length,
      sha256: file.sha256,
      note: by.note,
      uploaded_at: by.at,
      uploaded_by: actorUserId(by.actor),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // Both drivers bind a Buffer as a blob (bytea); a plain Uint8Array is not accepted everywhere.
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  await tx.insertInto("attachment_blobs").values({ attachment_id: id, bytes }).execute();
  return toAttachmentInfo(row);
}
