import { withTransaction } from "../../db/transaction.ts";
import { AppError } from "../../domain/app-error.ts";
import type { Actor } from "../actor.ts";
import type { ServiceContext } from "../context.ts";
import { optionalText, parseInput } from "../validation.ts";
import { readableApplication, writableApplication } from "./application-access.ts";
import {
  type AttachmentInfo,
  listAttachmentRows,
  storeAttachments,
  toAttachmentInfo,
} from "./attachment-store.ts";
import type { UploadedFile } from "./attachment-types.ts";

/**
 * Attachments for staff. Adding one is a change (the handling agency's staff only); the list is
 * visible to whoever may read the application; the bytes — scanned identity papers, letters —
 * only to the handling agency: a supervisor above it sees that they exist, not what they say.
 */

/**
 * Adds one file to an application of the actor's agency.
 * @throws AppError VALIDATION on path `file` (over 10 MB, not an accepted type by its bytes, the
 *   21st attachment) with nothing stored; NOT_FOUND; FORBIDDEN.
 */
export async function addAttachment(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  file: UploadedFile,
  note?: string | null,
): Promise<AttachmentInfo> {
  const cleanNote = parseInput(optionalText("附件说明", 200), note, "附件说明");
  return withTransaction(ctx.db, async (tx) => {
    const app = await writableApplication(tx, actor, applicationId);
    const [stored] = await storeAttachments(
      ctx,
      tx,
      app,
      [file],
      { actor, source: "staff", note: cleanNote },
      () => ["file"],
    );
    if (!stored) throw new AppError("INTERNAL", "附件未能保存，请重试");
    return stored;
  });
}

/** The attachments of an application the actor may read (metadata only). */
export async function listAttachments(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
): Promise<AttachmentInfo[]> {
  const { masked } = await readableApplication(ctx.db, actor, applicationId);
  return listAttachmentRows(ctx.db, applicationId, masked);
}

/**
 * One attachment with its bytes, for the handling agency's staff.
 * @throws AppError NOT_FOUND (unknown, or of an application the actor cannot read); FORBIDDEN for a
 *   supervisor above the agency.
 */
export async function readAttachment(
  ctx: ServiceContext,
  actor: Actor,
  applicationId: string,
  attachmentId: string,
): Promise<{ info: AttachmentInfo; bytes: Uint8Array<ArrayBuffer> }> {
  const { masked } = await readableApplication(ctx.db, actor, applicationId);
  if (masked) {
    throw new AppError("FORBIDDEN", "附件可能含有申请人的个人信息，只有受理机关的工作人员可以下载");
  }
  const row = await ctx.db
    .selectFrom("attachments as a")
    .innerJoin("attachment_blobs as b", "b.attachment_id", "a.id")
    .selectAll("a")
    .select("b.bytes")
    .where("a.id", "=", attachmentId)
    .where("a.application_id", "=", applicationId)
    .executeTakeFirst();
  if (!row) throw new AppError("NOT_FOUND", "该附件不存在，请刷新附件列表后重试", { attachmentId });
  const { bytes, ...meta } = row;
  return { info: toAttachmentInfo(meta), bytes: new Uint8Array(bytes) };
}
