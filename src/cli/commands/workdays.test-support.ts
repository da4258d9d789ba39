import { Command } from "commander";
import { vi } from "vitest";
import { registerWorkdaysCommand } from "./workdays.ts";

/** Runs `gongkai workdays …` in-process; returns what it printed and the exit code it set. */
export async function runWorkdays(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((line = "") => void out.push(String(line)));
  const error = vi.spyOn(console, "error").mockImplementation((line = "") => void err.push(String(line)));
  try {
    const program = new Command().exitOverride();
    registerWorkdaysCommand(program);
    await program.parseAsync(["workdays", ...args], { from: "user" });
    return { out, err, exitCode: process.exitCode };
  } finally {
    process.exitCode = undefined;
    log.mockRestore();
    error.mockRestore();
  }
}
