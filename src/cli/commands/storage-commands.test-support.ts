import { Command } from "commander";
import { vi } from "vitest";
import { registerCalendarCommand } from "./calendar.ts";
import { registerDbCommand } from "./db.ts";
import { registerUserCommand } from "./user.ts";

/**
 * Runs `gongkai db|user|calendar …` in-process against DATABASE_URL; returns what it printed and the
 * exit code it set.
 */
export async function runStorageCommand(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((line = "") => void out.push(String(line)));
  const error = vi.spyOn(console, "error").mockImplementation((line = "") => void err.push(String(line)));
  try {
    const program = new Command().exitOverride();
    registerDbCommand(program);
    registerUserCommand(program);
    registerCalendarCommand(program);
    await program.parseAsync(args, { from: "user" });
    return { out, err, exitCode: process.exitCode };
  } finally {
    process.exitCode = undefined;
    log.mockRestore();
    error.mockRestore();
  }
}
