import { existsSync, readFileSync } from "node:fs";
import type { Command } from "commander";
import { DEFAULT_SQLITE_FILE } from "../../db/connect.ts";
import { openReadyDatabase } from "../../db/open-ready.ts";
import { AppError } from "../../domain/app-error.ts";
import { systemActor } from "../../services/actor.ts";
import {
  type CalendarYearSummary,
  listCalendarYears,
  loadCalendarYear,
} from "../../services/calendar/calendar-years.ts";
import { runAction } from "../run-action.ts";

/** `gongkai calendar load|list`: the official holiday schedule in force, and loading a new year. */
export function registerCalendarCommand(program: Command): void {
  const calendar = program.command("calendar").description("法定节假日安排（每年由国务院办公厅公布）");
  calendar
    .command("load")
    .description("检查并载入一年的节假日安排（JSON 文件），覆盖内置或此前载入的同一年")
    .argument(
      "<file>",
      '例如 2027.json：{"year": 2027, "source": "…", "restDays": [{"date": "2027-01-01", "name": "元旦"}, …], "workDays": […]}',
    )
    .action((file: string) => runAction(() => load(file)));
  calendar
    .command("list")
    .description("列出现行有效的各年份安排：来源、放假日和调休补班日天数、内置还是载入")
    .action(() => runAction(list));
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new AppError(
      "VALIDATION",
      `无法读取文件 ${file}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}。请检查路径`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new AppError(
      "VALIDATION",
      `文件 ${file} 不是合法的 JSON：${(e as Error).message}。请检查引号、逗号和括号`,
    );
  }
}

async function load(file: string): Promise<void> {
  const input = readJson(file);
  const opened = await openReadyDatabase();
  try {
    const loaded = await loadCalendarYear(
      { db: opened.db, clock: () => new Date() },
      systemActor("cli"),
      input,
    );
    console.log(
      `已载入 ${loaded.year} 年节假日安排：放假日 ${loaded.restDays} 天，调休补班日 ${loaded.workDays} 天`,
    );
    console.log(`  来源：${loaded.source}`);
    if (loaded.replacedLoaded) console.log(`  替换了此前载入的 ${loaded.year} 年安排`);
    if (loaded.overridesBuiltin) console.log(`  覆盖了软件内置的 ${loaded.year} 年安排`);
  } finally {
    await opened.close();
  }
}

async function list(): Promise<void> {
  const years = await yearsInForce();
  const rows = years.map((y) => [
    String(y.year),
    String(y.restDays),
    String(y.workDays),
    y.origin === "builtin"
      ? "内置"
      : `载入 ${y.loadedAt?.slice(0, 10) ?? ""}${y.overridesBuiltin ? "（覆盖内置）" : ""}`,
    y.source,
  ]);
  printTable(["年份", "放假日", "补班日", "类型", "来源"], rows);
  const loaded = years.filter((y) => y.origin === "loaded").length;
  console.log(`共 ${years.length} 年（内置 ${years.length - loaded} 年，载入 ${loaded} 年）。`);
}

/** Without a database (no DATABASE_URL, no data/gongkai.db) only the built-in years are in force; listing creates nothing. */
async function yearsInForce(): Promise<CalendarYearSummary[]> {
  if (!process.env.DATABASE_URL && !existsSync(DEFAULT_SQLITE_FILE)) return listCalendarYears(null);
  const opened = await openReadyDatabase();
  try {
    return await listCalendarYears(opened.db);
  } finally {
    await opened.close();
  }
}

/** Columns padded by display width (a Chinese character takes two columns in a terminal). */
function printTable(header: string[], rows: string[][]): void {
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u1100-\uFFFF]/.test(c) ? 2 : 1), 0);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  for (const row of all) {
    const cells = row.map((cell, i) =>
      i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - width(cell)),
    );
    console.log(cells.join("  "));
  }
}
