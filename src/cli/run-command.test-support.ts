import { Command } from "commander";
import { vi } from "vitest";

/** What a command printed (one entry per console line) and the exit code it set. */
export interface CommandRun {
  out: string[];
  err: string[];
  exitCode: string | number | null | undefined;
}

/**
 * Runs `gongkai ARGS…` in-process with the commands `register` adds to the program, capturing
 * console output and the exit code (reset afterwards, so that tests do not leak it).
 */
export async function runCommand(register: (program: Command) => void, args: string[]): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((line = "") => void out.push(String(line)));
  const error = vi.spyOn(console, "error").mockImplementation((line = "") => void err.push(String(line)));
  try {
    const program = new Command().exitOverride();
    register(program);
    await program.parseAsync(args, { from: "user" });
    return { out, err, exitCode: process.exitCode };
  } finally {
    process.exitCode = undefined;
    log.mockRestore();
    error.mockRestore();
  }
}
