import { checkFile } from "./check-file.ts";
import { serveChecks } from "./worker-protocol.ts";

/**
 * A worker for tests of the pool's defences: a file named `*hang*` spins forever in synchronous
 * code (as a reader stuck in a loop would: no event loop turn, no timer of its own can fire), one
 * named `*crash*` ends the thread; every other file is checked by the real `checkFile`.
 */
function spin(): never {
  for (;;) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}

serveChecks(async (file, setup) => {
  if (file.includes("hang")) spin();
  if (file.includes("crash")) process.exit(3);
  return checkFile(file, setup.previous);
});
