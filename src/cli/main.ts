import { Command } from "commander";
import { z } from "zod";
import { speakChinese } from "./chinese.ts";
import { registerAgencyCommand } from "./commands/agency.ts";
import { registerBackupCommand } from "./commands/backup.ts";
import { registerCalendarCommand } from "./commands/calendar.ts";
import { registerCheckCommand } from "./commands/check.ts";
import { registerDbCommand } from "./commands/db.ts";
import { registerDeadlineCommand } from "./commands/deadline.ts";
import { registerDemoCommand } from "./commands/demo.ts";
import { registerFeeCommand } from "./commands/fee.ts";
import { registerRenderCommand } from "./commands/render.ts";
import { registerReportCommand } from "./commands/report.ts";
import { registerServeCommand } from "./commands/serve.ts";
import { registerUserCommand } from "./commands/user.ts";
import { registerWorkdaysCommand } from "./commands/workdays.ts";

z.config(z.locales.zhCN());

/**
 * Entry of the `gongkai` command. Each subcommand lives in its own file under `commands/` and is
 * registered here; exit codes are set by the commands themselves.
 */
const program = speakChinese(new Command())
  .name("gongkai")
  .description("政府信息公开工作平台 — 依申请公开办理、年度报告生成与核查")
  .showHelpAfterError();

registerWorkdaysCommand(program);
registerDbCommand(program);
registerUserCommand(program);
registerCalendarCommand(program);
registerDeadlineCommand(program);
registerFeeCommand(program);
registerServeCommand(program);
registerReportCommand(program);
registerCheckCommand(program);
registerRenderCommand(program);
registerAgencyCommand(program);
registerBackupCommand(program);
registerDemoCommand(program);

await program.parseAsync(process.argv);
