import { ROLE_LABELS } from "../services/actor.ts";
import type { DemoResult } from "./seed-demo.ts";

/**
 * What `gongkai demo` and `gongkai serve --demo` print once: the accounts with their passwords, and
 * applications to try the public status page with. Columns are aligned by display width (a Chinese
 * character takes two columns in a terminal).
 */

function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function pad(text: string, columns: number): string {
  return text + " ".repeat(Math.max(0, columns - width(text)));
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? "")))) ?? [];
  return rows.map((r) =>
    `  ${r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i] ?? 0))).join("  ")}`.trimEnd(),
  );
}

/** The lines to print after the demo was created. */
export function formatDemoResult(result: DemoResult): string[] {
  const roles = (r: DemoResult["accounts"][number]) => r.roles.map((role) => ROLE_LABELS[role]).join("、");
  const featured = result.accounts.filter((a) => a.featured);
  const others = result.accounts.filter((a) => !a.featured);
  const lines = [
    `已生成演示数据：${result.countyName}及其部门、乡镇（街道），${result.applications} 件申请（截至 ${result.today}）。`,
    "",
    "演示账号（密码只显示这一次，不保存明文，请现在记下）：",
    ...table([
      ["机关", "角色", "用户名", "密码", "姓名"],
      ...featured.map((a) => [a.agencyName, roles(a), a.username, a.password, a.displayName]),
    ]),
  ];
  if (others.length > 0) {
    lines.push(
      "",
      "其他机关的公开专员（承办、审核、发布）：",
      ...table(others.map((a) => [a.agencyName, a.username, a.password])),
    );
  }
  if (result.showcases.length > 0) {
    lines.push(
      "",
      "公众查询办理情况可用的申请（申请编号 + 查询码）：",
      ...table(result.showcases.map((s) => [s.label, s.number, s.queryCode])),
    );
  }
  return lines;
}
