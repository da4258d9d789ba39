import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { speakChinese, translateError } from "./chinese.ts";

function program(writeErr?: (text: string) => void) {
  const root = speakChinese(new Command()).name("gongkai").exitOverride();
  if (writeErr) root.configureOutput({ writeErr });
  root
    .command("serve")
    .description("启动服务")
    .option("-p, --port <port>", "端口", "3000")
    .option("--to <format>", "输出格式")
    .argument("[file]", "文件");
  return root;
}

describe("commander in Chinese", () => {
  it("prints help with Chinese headings, notes and help entries, nothing of commander's English", () => {
    const root = program();
    const serve = root.commands[0] as Command;
    const help = `${root.helpInformation()}\n${serve.helpInformation()}`;
    for (const words of [
      "用法：",
      "选项：",
      "命令：",
      "参数：",
      "显示帮助",
      "显示某个命令的帮助",
      '（默认："3000"）',
    ]) {
      expect(help).toContain(words);
    }
    expect(help).not.toMatch(/Usage|Options|Commands|Arguments|display help|default:/);
  });

  it("translates commander's error messages, suggestions included", () => {
    expect(translateError("error: unknown option '--jsn'\n(Did you mean --json?)\n")).toBe(
      "错误：没有选项“--jsn”\n（是不是要输入 --json？）\n",
    );
    expect(translateError("error: unknown command 'frob'")).toBe("错误：没有命令“frob”");
    expect(translateError("error: missing required argument 'date'")).toBe("错误：缺少参数 <date>");
    expect(translateError("error: option '--jobs <n>' argument missing")).toBe(
      "错误：选项“--jobs <n>”缺少取值",
    );
    expect(translateError("error: too many arguments for 'add'. Expected 2 arguments but got 3.")).toBe(
      "错误：参数太多：应为 2 个，收到 3 个",
    );
  });

  it("writes the Chinese message where commander writes its error", async () => {
    const written: string[] = [];
    const root = program((s) => void written.push(s));
    await expect(root.parseAsync(["serve", "--frobnicate"], { from: "user" })).rejects.toThrow();
    expect(written.join("")).toContain("错误：没有选项“--frobnicate”");
  });
});
