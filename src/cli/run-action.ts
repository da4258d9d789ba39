import { isAppError } from "../domain/app-error.ts";

/**
 * Runs a command's action: a known error prints its Chinese message (no stack trace) and sets the
 * exit code — 3 when a year's official holiday schedule is missing, 2 for any other refusal.
 * Unknown errors propagate: they are bugs and should show their trace.
 */
export async function runAction(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (e) {
    if (!isAppError(e)) throw e;
    console.error(e.message);
    for (const issue of e.details.issues ?? [])
      console.error(`  ${issue.path.join(".") || "（整体）"}：${issue.message}`);
    process.exitCode = e.code === "CALENDAR_MISSING" ? 3 : 2;
  }
}
