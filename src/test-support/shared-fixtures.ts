import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The read-only `../shared/` folder beside the repository (GONGKAI_SHARED overrides). Its external
 * fixtures must never be copied into the project: tests read them in place and skip them only where
 * the folder does not exist — under CI=true a missing folder is a failure.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SHARED_DIR = process.env.GONGKAI_SHARED ?? join(repoRoot, "..", "shared");

export const sharedAvailable = existsSync(SHARED_DIR);

if (!sharedAvailable && process.env.CI === "true") {
  throw new Error(`CI=true but the shared fixtures folder ${SHARED_DIR} does not exist`);
}

/** Absolute path of a file under ../shared/fixtures. */
export function sharedFixture(relative: string): string {
  return join(SHARED_DIR, "fixtures", relative);
}
