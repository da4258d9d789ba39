import { writeFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { Command } from "commander";
import { AppError } from "../../domain/app-error.ts";
import { RENDER_TARGETS, type RenderTarget, renderReport } from "../../services/reports/render-report.ts";
import { endQuietlyOnClosedPipe } from "../check/closed-pipe.ts";
import { runAction } from "../run-action.ts";

interface Options {
  to: string;
  output?: string;
}

/**
 * `gongkai render INPUT --to md|html|docx [-o FILE]`: any report the readers understand, printed in
 * the official layout. Markdown and HTML go to stdout unless -o is given; Word is written to -o, or
 * beside the input under the same name. An unreadable input exits 2 with the reader's message.
 */
export function registerRenderCommand(program: Command): void {
  program
    .command("render")
    .description(
      "把年度报告（文本、Markdown、网页、Word、PDF）按官方版式转换为 Markdown、HTML 网页或 Word 文档",
    )
    .argument("<input>", "报告文件")
    .requiredOption("--to <format>", "输出格式：md、html 或 docx")
    .option("-o, --output <file>", "写入文件；省略时 md、html 输出到屏幕，docx 写在输入文件旁（同名 .docx）")
    .action((input: string, options: Options) => runAction(() => render(input, options)));
}

async function render(input: string, options: Options): Promise<void> {
  if (!(RENDER_TARGETS as readonly string[]).includes(options.to)) {
    throw new AppError("VALIDATION", `输出格式“${options.to}”无效：应为 md、html 或 docx，例如 --to docx`);
  }
  const to = options.to as RenderTarget;
  const target = options.output ?? (to === "docx" ? besideInput(input) : null);
  // The readers (pdf.js, mammoth) are loaded when used, so that other commands start without them.
  const { readReportFile } = await import("../../ingest/read-report.ts");
  const read = await readReportFile(input);
  if (!read.report) {
    // Messages of the file readers do not all name the file; say which one it was.
    const reason = read.findings.map((f) => f.message).join("；");
    throw new AppError("VALIDATION", reason.includes(input) ? reason : `无法读取 ${input}：${reason}`);
  }
  const { bytes } = await renderReport(read.report, to);
  if (target === null) {
    endQuietlyOnClosedPipe();
    process.stdout.write(bytes);
  } else await writeFile(target, bytes);
  const notes = read.findings.length;
  const where = target === null ? "" : `已写入 ${target}。`;
  const caveat =
    notes > 0
      ? `读取时有 ${notes} 条问题（未能读出的数字在输出中留空），可用 gongkai check ${input} 查看。`
      : "";
  if (where || caveat) console.error(where + caveat);
}

/** `报告.pdf` → `报告.docx` in the same folder; never over the input itself. */
function besideInput(input: string): string {
  const output = join(dirname(input), `${basename(input, extname(input))}.docx`);
  if (resolve(output) === resolve(input)) {
    throw new AppError(
      "VALIDATION",
      `输出文件会覆盖输入文件 ${input}；请用 -o 指定另一个文件名，例如 -o 转换后.docx`,
    );
  }
  return output;
}
