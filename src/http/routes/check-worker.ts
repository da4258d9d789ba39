import { parentPort } from "node:worker_threads";
import { checkUpload, type Upload } from "./check-upload.ts";

/** Server → worker: one upload to check. */
export interface CheckRequest {
  id: number;
  file: Upload;
  previous: Upload | null;
}

// The worker thread of POST /api/check: the readers (a PDF takes the better part of a second of
// CPU) run here, off the server's event loop. checkUpload never throws.
const port = parentPort;
if (port) {
  port.on("message", async (task: CheckRequest) => {
    port.postMessage({ id: task.id, result: await checkUpload(task.file, task.previous) });
  });
}
