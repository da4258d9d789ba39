import { AppError, type FieldIssue } from "../app-error.ts";
import { kindInfo, type LetterKind } from "./letter-kinds.ts";
import {
  availableVariables,
  describeVariable,
  type LetterValues,
  LIST_VARIABLES,
  requiredVariables,
  VARIABLE_LABELS,
  type VariableName,
} from "./letter-variables.ts";

/**
 * The wording of a letter kind: a title and a body of paragraphs, one per line, with `{{name}}`
 * where a value goes. Rules an agency administrator can rely on:
 * - a line with a variable that has no value in a given letter is left out (optional parts such as
 *   the responsible agency of 本机关不掌握) — unless the line also holds a variable this letter
 *   requires, which always has a value: then the empty one prints as nothing;
 * - a list variable alone on its line prints one numbered paragraph per item (1. …);
 *   inside a sentence its items are joined with “；”;
 * - indentation and blank lines are the renderer's business: lines are trimmed, blank ones dropped.
 */
export interface LetterTemplate {
  title: string;
  body: string;
}

export const MAX_TITLE_LENGTH = 60;
export const MAX_BODY_LENGTH = 20_000;

type Token = string | { name: VariableName };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** A line's text and placeholders in order; unknown names and stray braces are reported in `issues`. */
function tokenize(line: string, allowed: ReadonlySet<string>, where: string, issues: FieldIssue[]): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of line.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? "";
    if (m.index > last) tokens.push(line.slice(last, m.index));
    last = m.index + m[0].length;
    if (!allowed.has(name)) {
      const known = name in VARIABLE_LABELS ? "不能用于此类文书" : "不存在";
      issues.push({
        path: [where],
        message: `${where}中的变量 {{${name}}} ${known}，请删除或改用可用的变量`,
      });
      continue;
    }
    tokens.push({ name: name as VariableName });
  }
  if (last < line.length) tokens.push(line.slice(last));
  for (const t of tokens) {
    if (typeof t === "string" && (t.includes("{{") || t.includes("}}"))) {
      issues.push({ path: [where], message: `${where}中有不成对的“{{”或“}}”：变量应写成 {{变量名}}` });
      break;
    }
  }
  return tokens;
}

interface Parsed {
  title: Token[];
  lines: Token[][];
  issues: FieldIssue[];
}

function parse(kind: LetterKind, template: LetterTemplate): Parsed {
  const allowed = new Set<string>(availableVariables(kind));
  const issues: FieldIssue[] = [];
  const title = tokenize(template.title.trim(), allowed, "标题", issues);
  const lines = template.body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((l, i) => tokenize(l, allowed, `正文第 ${i + 1} 段`, issues));
  return { title, lines, issues };
}

/**
 * Checks an agency's wording of a letter kind before it is saved: a title, a body, known variables
 * only, and every required variable present — a letter cannot lose an element the law requires.
 * @throws AppError VALIDATION listing every problem; the message names the first missing variable,
 *   e.g. 缺少必需的变量 {{remedies}}（救济途径（行政复议、行政诉讼））.
 */
export function checkTemplate(kind: LetterKind, template: LetterTemplate): void {
  const { title, lines, issues } = parse(kind, template);
  const titleText = template.title.trim();
  if (titleText === "") issues.unshift({ path: ["title"], message: "请填写文书标题" });
  if ([...titleText].length > MAX_TITLE_LENGTH) {
    issues.push({ path: ["title"], message: `文书标题不能超过 ${MAX_TITLE_LENGTH} 个字` });
  }
  if (template.body.length > MAX_BODY_LENGTH) {
    issues.push({ path: ["body"], message: `正文不能超过 ${MAX_BODY_LENGTH} 个字` });
  }
  for (const t of title) {
    if (typeof t !== "string" && LIST_VARIABLES.has(t.name)) {
      issues.push({ path: ["title"], message: `标题中不能使用列表变量 {{${t.name}}}` });
    }
  }
  const used = new Set<VariableName>();
  for (const line of [title, ...lines]) for (const t of line) if (typeof t !== "string") used.add(t.name);
  const missing = requiredVariables(kind).filter((v) => !used.has(v));
  for (const v of missing) {
    issues.unshift({
      path: ["body"],
      message: `缺少必需的变量 ${describeVariable(v)}：${kindInfo(kind).label}依法必须载明该内容，请把它加回正文`,
    });
  }
  if (issues.length === 0) return;
  const list = issues.map((i, n) => `${n + 1}. ${i.message}`).join("；");
  throw new AppError("VALIDATION", `文书模板有 ${issues.length} 处问题，请修改后重试：${list}`, {
    issues,
    missing,
  });
}

/** A filled template: the title and the body paragraphs. */
export interface FilledTemplate {
  title: string;
  paragraphs: string[];
}

const isEmpty = (v: string | readonly string[] | undefined) =>
  v === undefined || (typeof v === "string" ? v.trim() === "" : v.length === 0);

/**
 * Fills a (checked) template with a letter's values. Lines whose variables lack a value are left
 * out unless they hold one of `required` — whose values the caller has made sure of (composeLetter).
 */
export function fillTemplate(
  kind: LetterKind,
  template: LetterTemplate,
  values: LetterValues,
  required: readonly VariableName[] = [],
): FilledTemplate {
  const { title, lines } = parse(kind, template);
  const text = (t: Token) => {
    if (typeof t === "string") return t;
    const v = values[t.name];
    return v === undefined ? "" : typeof v === "string" ? v : v.join("；");
  };
  const paragraphs: string[] = [];
  for (const line of lines) {
    const vars = line.filter((t): t is { name: VariableName } => typeof t !== "string");
    if (vars.some((t) => isEmpty(values[t.name])) && !vars.some((t) => required.includes(t.name))) continue;
    const only = line.length === 1 ? line[0] : undefined;
    if (only !== undefined && typeof only !== "string" && LIST_VARIABLES.has(only.name)) {
      const items = values[only.name];
      const list = typeof items === "string" ? [items] : (items ?? []);
      for (const [i, item] of list.entries()) paragraphs.push(`${i + 1}.${item}`);
      continue;
    }
    paragraphs.push(line.map(text).join(""));
  }
  return { title: title.map(text).join(""), paragraphs };
}
