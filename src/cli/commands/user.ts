import type { Command } from "commander";
import { openReadyDatabase } from "../../db/open-ready.ts";
import { ROLE_LABELS, ROLES, type Role, systemActor } from "../../services/actor.ts";
import { getAgency } from "../../services/agencies/agencies.ts";
import type { ServiceContext } from "../../services/context.ts";
import { generatePassword } from "../../services/users/passwords.ts";
import { addUser } from "../../services/users/users.ts";
import { runAction } from "../run-action.ts";

interface AddOptions {
  agency: string;
  username: string;
  name: string;
  role: string;
  password?: string;
}

/** `gongkai user add`: create a staff account from the command line (the operator acts as the system). */
export function registerUserCommand(program: Command): void {
  const user = program.command("user").description("工作人员账号");
  user
    .command("add")
    .description("新建工作人员账号；不指定 --password 时生成一个随机初始密码并只显示这一次")
    .requiredOption("--agency <id>", "所属机关编号")
    .requiredOption("--username <username>", "登录用户名（字母、数字、点、下划线、连字符）")
    .requiredOption("--name <name>", "姓名")
    .requiredOption(
      "--role <roles>",
      `角色，多个用逗号分隔：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join("、")}`,
    )
    .option("--password <password>", "初始密码（至少 10 个字符）；省略则随机生成")
    .action((options: AddOptions) => runAction(() => add(options)));
}

async function add(options: AddOptions): Promise<void> {
  const password = options.password ?? generatePassword();
  const roles = options.role
    .split(/[,，]/)
    .map((r) => r.trim())
    .filter((r) => r !== "") as Role[];
  const opened = await openReadyDatabase();
  try {
    const ctx: ServiceContext = { db: opened.db, clock: () => new Date() };
    const user = await addUser(ctx, systemActor("cli"), {
      agencyId: options.agency,
      username: options.username,
      displayName: options.name,
      roles,
      password,
    });
    const agency = await getAgency(ctx, user.agencyId);
    console.log(`已创建账号 ${user.username}（${user.displayName}）`);
    console.log(`  所属机关：${agency.name}（${agency.id}）`);
    console.log(`  角色：${user.roles.map((r) => ROLE_LABELS[r]).join("、")}`);
    if (options.password === undefined) {
      console.log(`  初始密码：${password}`);
      console.log(
        "  （密码只显示这一次，不会保存明文；请当面或通过安全渠道交给本人，并提醒其登录后立即修改）",
      );
    }
  } finally {
    await opened.close();
  }
}
