import type { Command } from "commander";

/**
 * Commander's own words in Chinese: help headings, the notes after an option (default, choices,
 * environment variable), the help option and command, and its error messages. Applied to the root
 * program before any command is added, so that every subcommand inherits it.
 */

const TITLES: Record<string, string> = {
  "Usage:": "用法：",
  "Options:": "选项：",
  "Commands:": "命令：",
  "Arguments:": "参数：",
  "Global Options:": "通用选项：",
};

/** `(default: "3000", env: PORT)` → `（默认："3000"；环境变量：PORT）`. */
function translateNotes(description: string): string {
  return description.replace(/\((?:default|choices|preset|env): [^()]*\)$/, (notes) =>
    notes
      .slice(1, -1)
      .replace(/default: /, "默认：")
      .replace(/choices: /, "可选值：")
      .replace(/preset: /, "不带值时：")
      .replace(/env: /, "环境变量：")
      .replace(/, (?=默认|可选值|不带值时|环境变量)/g, "；")
      .replace(/^/, "（")
      .replace(/$/, "）"),
  );
}

const ERRORS: [RegExp, string][] = [
  [/^error: unknown option '(.*?)'/, "错误：没有选项“$1”"],
  [/^error: unknown command '(.*?)'/, "错误：没有命令“$1”"],
  [/^error: missing required argument '(.*?)'/, "错误：缺少参数 <$1>"],
  [/^error: option '(.*?)' argument missing/, "错误：选项“$1”缺少取值"],
  [/^error: required option '(.*?)' not specified/, "错误：必须指定选项“$1”"],
  [
    /^error: too many arguments.*? Expected (\d+) arguments? but got (\d+)\./,
    "错误：参数太多：应为 $1 个，收到 $2 个",
  ],
  [/^error: (.*?) cannot be used with (.*)/, "错误：$1 不能与 $2 同时使用"],
  [/\(Did you mean one of (.*?)\?\)/, "（是不是要输入以下之一：$1？）"],
  [/\(Did you mean (.*?)\?\)/, "（是不是要输入 $1？）"],
];

/** Commander's English error message in Chinese (an unknown message stays as it is). */
export function translateError(message: string): string {
  return ERRORS.reduce((text, [pattern, chinese]) => text.replace(pattern, chinese), message);
}

export function speakChinese(program: Command): Command {
  return program
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [command]", "显示某个命令的帮助")
    .configureHelp({
      styleTitle: (title) => TITLES[title] ?? title,
      styleOptionDescription: translateNotes,
      styleArgumentDescription: translateNotes,
    })
    .configureOutput({ outputError: (text, write) => write(translateError(text)) });
}
