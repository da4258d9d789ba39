import { runCommand } from "../run-command.test-support.ts";
import { registerCalendarCommand } from "./calendar.ts";
import { registerDbCommand } from "./db.ts";
import { registerUserCommand } from "./user.ts";

/**
 * Runs `gongkai db|user|calendar …` in-process against DATABASE_URL; returns what it printed and the
 * exit code it set.
 */
export async function runStorageCommand(...args: string[]) {
  return runCommand((p) => {
    registerDbCommand(p);
    registerUserCommand(p);
    registerCalendarCommand(p);
  }, args);
}
