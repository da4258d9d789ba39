import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { openReadyDatabase } from "../../db/open-ready.ts";
import { AppError } from "../../domain/app-error.ts";
import { systemActor } from "../../services/actor.ts";
import type { ServiceContext } from "../../services/context.ts";
import { getDraft, RENDER_TARGETS, renderReport, toCheckJson } from "../../services/reports/index.ts";
import { runAction } from "../run-action.ts";

const TARGETS = ["json", ...RENDER_TARGETS] as const;
type Target = (typeof TARGETS)[number];

interface GenerateOptions {
  agency: string;
  year: string;
  to: string;
  output?: string;
}

/**
 * `gongkai report generate`: an agency's annual report computed from the records in DATABASE_URL
 * (tables 二–四 from the registers, applications and cases; the draft's prose, or the generated
 * suggestions while no draft is saved), as the `gongkai check --json` object, markdown, HTML or Word.
 */
export function registerReportCommand(program: Command): void {
  const report = program.command("report").description("政府信息公开工作年度报告");
  report
    .command("generate")
    .description(
      "按数据库中的记录生成某机关某年度的年度报告（表二取自登记簿、表三取自申请记录、表四取自复议诉讼案件），并按全部规则核查；有错误时退出码为 1",
    )
    .requiredOption("--agency <id>", "机关编号")
    .requiredOption("--year <year>", "报告年度，如 2025")
    .option("--to <format>", "输出格式：json（与 gongkai check --json 相同的结构）、md、html、docx", "json")
    .option(
      "-o, --output <file>",
      "写入文件；省略时 json、md、html 输出到屏幕，docx 以报告标题为文件名写入当前目录",
    )
    .action((options: GenerateOptions) => runAction(() => generate(options)));
}

function parseOptions(options: GenerateOptions): { year: number; to: Target } {
  const year = Number(options.year);
  if (!/^\d{4}$/.test(options.year) || !Number.isInteger(year)) {
    throw new AppError("VALIDATION", `年度“${options.year}”无效：请写四位数字的年份，例如 --year 2025`);
  }
  if (!(TARGETS as readonly string[]).includes(options.to)) {
    throw new AppError("VALIDATION", `输出格式“${options.to}”无效：应为 json、md、html 或 docx`);
  }
  return { year, to: options.to as Target };
}

async function generate(options: GenerateOptions): Promise<void> {
  const { year, to } = parseOptions(options);
  const opened = await openReadyDatabase();
  try {
    const ctx: ServiceContext = { db: opened.db, clock: () => new Date() };
    const draft = await getDraft(ctx, systemActor("cli"), options.agency, year);
    const { report, findings, counts } = draft;
    let text: string | null;
    let bytes: Uint8Array;
    let name: string;
    if (to === "json") {
      name = `${report.title}.json`;
      text = JSON.stringify(toCheckJson(options.output ?? name, report, findings));
      bytes = new TextEncoder().encode(`${text}\n`);
    } else {
      const file = await renderReport(report, to);
      name = file.filename;
      bytes = file.bytes;
      text = to === "docx" ? null : new TextDecoder().decode(bytes);
    }
    const target = options.output ?? (text === null ? name : null);
    if (target === null) console.log(text);
    else await writeFile(target, bytes);
    const where = target === null ? "" : `已写入 ${target}；`;
    const source = draft.draft.stored ? `草稿第 ${draft.draft.version} 版的正文` : "系统生成的建议正文";
    console.error(
      `${where}${report.title}（${source}）。核查：${counts.errors} 个错误，${counts.warnings} 个提醒` +
        (draft.placeholders.length > 0 ? `；待填写：${draft.placeholders.join("、")}` : ""),
    );
    if (counts.errors > 0) process.exitCode = 1;
  } finally {
    await opened.close();
  }
}
