import type { Command } from "commander";
import { AppError, isAppError } from "../../domain/app-error.ts";
import { type FeeBasis, type FeeQuote, quoteFee } from "../../domain/applications/index.ts";

interface Options {
  perItem?: boolean;
  nth?: string;
  pages?: string;
  json?: boolean;
}

const SOURCE = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

/** `gongkai fee`: the information processing fee of one application, itemised, in 元. */
export function registerFeeCommand(program: Command): void {
  program
    .command("fee")
    .description("计算信息处理费（109号）：按件或按量，二者只能选其一")
    .option("--per-item", "按件计收：同一申请人一个自然月内的第 N 件申请")
    .option("--nth <n>", "按件计收时，本件是申请人本月的第几件申请")
    .option("--pages <n>", "按量计收：本件申请的信息页数")
    .option("--json", "输出 JSON（金额单位：分）")
    .action((options: Options) => {
      try {
        printQuote(quoteFee(basisOf(options)), options);
      } catch (e) {
        if (!isAppError(e)) throw e;
        console.error(e.message);
        process.exitCode = 2;
      }
    });
}

function basisOf(options: Options): FeeBasis {
  if (options.perItem && options.pages !== undefined) {
    throw new AppError(
      "VALIDATION",
      "一件申请只能选择一种收费方式：按件（--per-item --nth N）或按量（--pages N），不能同时使用",
    );
  }
  if (options.perItem || options.nth !== undefined) {
    if (options.nth === undefined)
      throw new AppError("VALIDATION", "按件计收请用 --nth 写明本件是申请人本月的第几件申请，例如 --nth 35");
    return { method: "perItem", nth: count(options.nth, "--nth") };
  }
  if (options.pages !== undefined) return { method: "perPage", pages: count(options.pages, "--pages") };
  throw new AppError("VALIDATION", "请选择收费方式：按件 --per-item --nth N，或按量 --pages N");
}

function count(text: string, option: string): number {
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) {
    throw new AppError("VALIDATION", `${option} 的值“${text}”无效：请写正整数`);
  }
  return Number(text);
}

/** 4700.00, with thousands separators: 1,234.50. */
export function formatYuan(fen: number): string {
  return (fen / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function printQuote(quote: FeeQuote, options: Options): void {
  if (options.json) {
    console.log(JSON.stringify(quote, null, 2));
    return;
  }
  const unit = quote.method === "perItem" ? "件" : "页";
  const what =
    quote.method === "perItem"
      ? `按件计收：申请人本月第 ${options.nth} 件申请`
      : `按量计收：${options.pages} 页`;
  console.log(what);
  for (const l of quote.lines) {
    const free = l.unitFen === 0 ? "（免费）" : "";
    console.log(
      `  ${l.band}  ${l.quantity} ${unit} × ${formatYuan(l.unitFen)} 元 = ${formatYuan(l.amountFen)} 元${free}`,
    );
  }
  console.log(`合计：${formatYuan(quote.totalFen)} 元`);
  if (quote.totalFen === 0) console.log("按规定不收费。");
  console.log(`依据：${SOURCE}`);
}
