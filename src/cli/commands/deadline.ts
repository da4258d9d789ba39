import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { AppError, isAppError } from "../../domain/app-error.ts";
import {
  CHANNEL_RULES,
  type ClockView,
  DEFAULT_CLOCK_POLICY,
  type DerivedDate,
  deriveClock,
  describeStatus,
  type ExplainedDay,
  explainReplyDeadline,
  OUTCOME_INFO,
  PHASE_LABELS,
  parseLedger,
} from "../../domain/applications/index.ts";
import { dayOfWeek, toDayNumber } from "../../domain/calendar/index.ts";
import { formatYuan } from "./fee.ts";
import { calendarFor, describe } from "./workdays.ts";

const WEEKDAYS = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

interface Options {
  at?: string;
  json?: boolean;
  explain?: boolean;
  provisional?: boolean;
  builtin?: boolean;
}

/** `gongkai deadline`: every date in play for one application, from its ledger (JSON on stdin or a file). */
export function registerDeadlineCommand(program: Command): void {
  program
    .command("deadline")
    .description("根据申请的办理台账（JSON）计算各项期限、当前状态，并可逐日说明答复期限")
    .argument("[file]", "台账 JSON 文件；省略时从标准输入读取（gongkai deadline < ledger.json）")
    .option("--at <date>", "按某日查看状态（YYYY-MM-DD），该日之后的事件不计；默认今天")
    .option("--json", "输出 JSON")
    .option("--explain", "逐日说明答复期限：哪些日子计入、哪些暂停、哪些因周末节假日不计")
    .option("--provisional", "遇到尚未载入节假日安排的年份时仅按周末推算（结果为暂定）")
    .option("--builtin", "只用随软件内置的节假日安排，不读数据库中载入的年份")
    .action(async (file: string | undefined, options: Options) => {
      try {
        await deadline(file, options);
      } catch (e) {
        if (!isAppError(e)) throw e;
        console.error(e.message);
        if (e.code === "CALENDAR_MISSING")
          console.error("也可以加 --provisional 查看仅按周末推算的暂定期限。");
        process.exitCode = e.code === "CALENDAR_MISSING" ? 3 : 2;
      }
    });
}

async function deadline(file: string | undefined, options: Options): Promise<void> {
  const ledger = parseLedger(parseJson(file === undefined ? await readStdin() : readFileSync(file, "utf8")));
  const calendar = await calendarFor(options);
  const at = options.at ?? defaultAt(ledger[0]?.date);
  const view = deriveClock(ledger, calendar, DEFAULT_CLOCK_POLICY, at);
  const days = options.explain ? explainReplyDeadline(view, calendar) : undefined;
  if (options.json) {
    console.log(JSON.stringify(days ? { ...view, explanation: days } : view, null, 2));
    return;
  }
  printView(view);
  if (days) printExplanation(view, days);
}

/** Today in China, unless the ledger starts later (a ledger being prepared): then its whole length. */
function defaultAt(receivedOn: string | undefined): string | undefined {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  return receivedOn !== undefined && today < receivedOn ? undefined : today;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new AppError(
      "VALIDATION",
      "请提供台账 JSON：gongkai deadline ledger.json，或 gongkai deadline < ledger.json",
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new AppError("VALIDATION", `台账不是有效的 JSON：${(e as Error).message}`);
  }
}

function printView(v: ClockView): void {
  const line = (label: string, value: string) => console.log(`  ${label}：${value}`);
  const date = (d: DerivedDate) => `${d.date}（${weekday(d.date)}）${d.provisional ? "【暂定】" : ""}`;
  console.log(
    `收到申请：${v.receivedOn}（${CHANNEL_RULES[v.channel].label}，以${CHANNEL_RULES[v.channel].receiptDay}为准）`,
  );
  console.log(`办理状态：${PHASE_LABELS[v.phase]}${v.outcome ? `，${OUTCOME_INFO[v.outcome].label}` : ""}`);
  if (v.status) {
    // The status sentence repeats a counted date (and the days left): provisional when that date is.
    const counted =
      v.status.kind === "awaitingCorrection" ? v.correction?.applicantDeadline : v.replyDeadline;
    const mark = counted?.provisional ? "【暂定】" : "";
    console.log(`${v.asOf ? `截至 ${v.asOf}：` : ""}${describeStatus(v.status)}${mark}`);
  }
  console.log("各项期限：");
  line(
    "告知补正期限",
    `${date(v.correctionNoticeLimit)}（收到申请后 ${DEFAULT_CLOCK_POLICY.correctionNoticeDays} 个工作日）`,
  );
  if (v.correction) {
    const got = v.correction.receivedOn ? `，${v.correction.receivedOn} 收到补正` : "，尚未补正";
    line(
      "申请人补正期限",
      `${date(v.correction.applicantDeadline)}（${v.correction.requestedOn} 告知${got}）`,
    );
  }
  for (const c of v.consultations) {
    const who = c.party === "thirdParty" ? "第三方" : "有关机关";
    const answer = c.answeredOn ? `${c.answeredOn} 答复${c.answeredLate ? "（逾期）" : ""}` : "尚未答复";
    line(
      `征求意见 ${c.ref}`,
      `${who}${c.name ? `（${c.name}）` : ""}，${c.sentOn} 发出，期限 ${date(c.windowEnd)}，${answer}`,
    );
  }
  if (v.fee) {
    const paid = v.fee.paidOn ? `${v.fee.paidOn} 缴纳${v.fee.paidLate ? "（逾期）" : ""}` : "尚未缴纳";
    line("缴费期限", `${date(v.fee.paymentLimit)}（${formatYuan(v.fee.amountFen)} 元，${paid}）`);
  }
  for (const p of v.pauses) {
    const what = p.kind === "fee" ? "收费通知至缴费" : `征求意见 ${p.ref}`;
    line("暂停计算", `${what}：${p.after} 之后至 ${p.through}${p.open ? "（尚在等待，按最长计）" : ""}`);
  }
  if (v.pausedWorkingDays > 0) line("暂停合计", `${v.pausedWorkingDays} 个工作日`);
  if (v.statutoryDeadline) {
    const paused = v.pausedWorkingDays > 0 ? "，暂停期间不计" : "";
    line("法定答复期限", `${date(v.statutoryDeadline)}（自 ${v.clockStart} 起 20 个工作日${paused}）`);
  }
  if (v.extension) {
    line(
      "延长",
      `${v.extension.workingDays} 个工作日（${v.extension.approver} 于 ${v.extension.approvedOn} 批准）`,
    );
  }
  if (v.longerDeadline)
    line("第三十五条期限", `${v.longerDeadline.deadline}（${v.longerDeadline.setOn} 确定）`);
  if (v.replyDeadline) {
    line(
      "答复期限",
      `${date(v.replyDeadline)}${v.replyDeadlineFinal ? "" : "（尚在等待意见或缴费，期限可能提前）"}`,
    );
  }
  if (v.repliedOn) line("答复日期", v.repliedOn);
  if (v.warnings.length > 0) {
    console.log("提示：");
    for (const w of v.warnings) console.log(`  ${w.date} ${w.message}`);
  }
  if (v.provisional) {
    console.log("【暂定】涉及尚未载入节假日安排的年份，仅按周末推算；正式安排公布并载入后结果可能改变。");
  }
}

function printExplanation(v: ClockView, days: ExplainedDay[]): void {
  if (days.length === 0) {
    console.log("\n尚无答复期限（等待申请人补正，补正后重新起算）。");
    return;
  }
  console.log(`\n答复期限逐日说明（${v.clockStart} 当日不计，次日起算）：`);
  for (const d of days) {
    const head = `${d.date} ${weekday(d.date)}`;
    if (d.role === "counted") {
      const segment =
        d.segment === "extension" ? "（延长期）" : d.segment === "longer" ? "（第三十五条期限）" : "";
      console.log(`${head}  计入  第 ${d.count} 个工作日${segment}  ${describe(d)}`);
    } else if (d.role === "paused") {
      const by = d.pausedBy.map((ref) => (ref === "fee" ? "等待缴费" : `征求意见 ${ref}`)).join("、");
      console.log(`${head}  暂停  ${by}`);
    } else {
      console.log(`${head}  不计  ${describe(d)}`);
    }
  }
}

function weekday(date: string): string {
  return WEEKDAYS[dayOfWeek(toDayNumber(date))] ?? "";
}
