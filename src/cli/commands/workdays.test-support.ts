import { runCommand } from "../run-command.test-support.ts";
import { registerWorkdaysCommand } from "./workdays.ts";

/** Runs `gongkai workdays …` in-process; returns what it printed and the exit code it set. */
export async function runWorkdays(...args: string[]) {
  return runCommand(registerWorkdaysCommand, ["workdays", ...args]);
}
