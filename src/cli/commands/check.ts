import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { AppError } from "../../domain/app-error.ts";
import { endQuietlyOnClosedPipe } from "../check/closed-pipe.ts";
import type { CheckOptions } from "../check/run-check.ts";
import { runAction } from "../run-action.ts";

interface Options {
  previous?: string;
  json?: boolean;
  jobs: string;
  timeout: string;
}

const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * `gongkai check FILES|DIRS...`: reads published annual reports (text, markdown, web pages, Word,
 * PDF; directories recursively) and checks each against every rule of its format. Exit code 0 when
 * no file has an error, 1 when some do, 2 when an input could not be read or the command was
 * misused (docs/check.md).
 */
export function registerCheckCommand(program: Command): void {
  program
    .command("check")
    .description(
      "核查政府信息公开工作年度报告（文本、Markdown、网页、Word、PDF；目录递归查找）：逐个文件列出问题及涉及的单元格。" +
        "退出码：0 没有错误，1 有文件存在错误，2 有文件无法读取",
    )
    .argument("<inputs...>", "报告文件或目录")
    .option("--previous <file>", "上年度的报告，用于跨年核对（上年结转、现行有效件数、照抄上年）")
    .option("--json", "每个文件输出一行 JSON（JSON Lines），结构见 docs/check.md")
    .option("--jobs <n>", "同时读取的文件数（工作线程数）", String(availableParallelism()))
    .option(
      "--timeout <seconds>",
      "单个文件的读取时限（秒），超时的文件记为无法读取",
      String(DEFAULT_TIMEOUT_SECONDS),
    )
    // A usage error must not look like "errors found" (1) to a script: it exits 2, as unreadable input.
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
    .action((inputs: string[], options: Options) =>
      runAction(async () => {
        endQuietlyOnClosedPipe();
        const parsed = parseOptions(options);
        // Imported when used, so that other commands do not load the checker.
        const { runCheck } = await import("../check/run-check.ts");
        process.exitCode = await runCheck(inputs, parsed, {
          stdout: process.stdout,
          stderr: process.stderr,
          colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
        });
      }),
    );
}

/** Checks --jobs and --timeout; the message says what to write instead. */
export function parseOptions(options: Options): CheckOptions {
  const jobs = Number(options.jobs);
  if (!/^\d+$/.test(options.jobs) || jobs < 1 || jobs > 64) {
    throw new AppError("VALIDATION", `--jobs “${options.jobs}” 无效：请写 1 到 64 之间的整数，例如 --jobs 2`);
  }
  const seconds = Number(options.timeout);
  if (!/^\d+(\.\d+)?$/.test(options.timeout) || seconds <= 0 || seconds > 86_400) {
    throw new AppError(
      "VALIDATION",
      `--timeout “${options.timeout}” 无效：请写正数秒数（不超过 86400），例如 --timeout 60`,
    );
  }
  return {
    jobs,
    timeoutMs: Math.round(seconds * 1000),
    ...(options.previous !== undefined ? { previous: options.previous } : {}),
    ...(options.json ? { json: true } : {}),
  };
}
