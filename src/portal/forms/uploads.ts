import type { UploadedFile } from "../../services/applications/index.ts";

/**
 * The files of a multipart field as the services take them. A file input left empty still posts
 * one part with no name and no bytes: that is no file.
 */
export async function uploadedFilesOf(field: unknown): Promise<UploadedFile[]> {
  const list = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return Promise.all(
    list
      .filter((f): f is File => f instanceof File && (f.name !== "" || f.size > 0))
      .map(async (f) => ({ filename: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}
