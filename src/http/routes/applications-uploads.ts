import type { UploadedFile } from "../../services/applications/index.ts";

/** The files of a multipart field (one, several, or none) as the services take them. */
export async function uploadedFiles(field: File | File[] | undefined): Promise<UploadedFile[]> {
  const files = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return Promise.all(
    files.map(async (f) => ({ filename: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}
