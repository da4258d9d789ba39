import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { CheckLine } from "./check-line.ts";
import { type CheckOptions, runCheck } from "./run-check.ts";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The zunhuadian 2023 report (a township, all tables zero), kept beside the text reader. */
export const ZUNHUADIAN = join(REPO_ROOT, "src/ingest/text/fixtures/zunhuadian-2023.txt");

/** A worker module that hangs on files named `*hang*` and dies on `*crash*`; else checks normally. */
export const MISBEHAVING_WORKER = new URL("./misbehaving-worker.test-support.ts", import.meta.url);

/** A stream that keeps what is written to it. */
export class Collect extends Writable {
  text = "";
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

export interface CheckRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON Lines (only with `json: true`). */
  lines: CheckLine[];
}

/** `gongkai check` in-process with the real worker pool; what it printed and its exit code. */
export async function check(inputs: string[], options: Partial<CheckOptions> = {}): Promise<CheckRun> {
  const stdout = new Collect();
  const stderr = new Collect();
  const code = await runCheck(
    inputs,
    { jobs: 2, timeoutMs: 120_000, ...options },
    { stdout, stderr, colour: false },
  );
  const lines = options.json
    ? stdout.text
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => JSON.parse(l) as CheckLine)
    : [];
  return { code, stdout: stdout.text, stderr: stderr.text, lines };
}

/** A fresh temporary folder with `files` written into it (subfolders created); `remove` deletes it. */
export async function tempFolder(files: Record<string, string | Uint8Array> = {}) {
  const dir = await mkdtemp(join(tmpdir(), "gongkai-check-"));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return {
    dir,
    path: (name: string) => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
