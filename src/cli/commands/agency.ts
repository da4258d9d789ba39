import type { Command } from "commander";
import { openReadyDatabase } from "../../db/open-ready.ts";
import type { AgencyLevel } from "../../db/schema.ts";
import { systemActor } from "../../services/actor.ts";
import { createAgency, listAgencySubtree, listRootAgencies } from "../../services/agencies/agencies.ts";
import { AGENCY_LEVEL_LABELS, type Agency } from "../../services/agencies/agency-input.ts";
import type { ServiceContext } from "../../services/context.ts";
import { runAction } from "../run-action.ts";

interface AddOptions {
  id?: string;
  name: string;
  level: string;
  parent?: string;
  shortName?: string;
  regionCode?: string;
  address?: string;
  postalCode?: string;
  phone?: string;
  reconsiderationBody?: string;
  court?: string;
}

const LEVEL_HELP = Object.entries(AGENCY_LEVEL_LABELS)
  .map(([k, v]) => `${k}（${v}）`)
  .join("、");

/**
 * `gongkai agency add|list`: the agency tree from the command line, so that a real deployment can
 * start without the demo (first the root, then the agencies below it, then `gongkai user add`).
 */
export function registerAgencyCommand(program: Command): void {
  const agency = program.command("agency").description("机关（按上下级组成树）");
  agency
    .command("add")
    .description("新建机关；不指定 --parent 时为最上级机关（如本县人民政府或本省人民政府）")
    .requiredOption("--name <name>", "机关全称，例如“某县人民政府”")
    .requiredOption("--level <level>", `层级：${LEVEL_HELP}`)
    .option("--id <id>", "机关编号（字母、数字、点、下划线、连字符）；省略则随机生成")
    .option("--parent <id>", "上级机关编号")
    .option("--short-name <name>", "简称")
    .option("--region-code <code>", "行政区划代码（6 位数字）")
    .option("--address <address>", "通讯地址（印在答复书上）")
    .option("--postal-code <code>", "邮政编码（6 位数字）")
    .option("--phone <phone>", "联系电话（印在答复书上）")
    .option("--reconsideration-body <name>", "行政复议机关（答复书告知救济途径时使用）")
    .option("--court <name>", "管辖人民法院（答复书告知救济途径时使用）")
    .action((options: AddOptions) => runAction(() => add(options)));
  agency
    .command("list")
    .description("按上下级顺序列出全部机关及其编号")
    .action(() => runAction(list));
}

/** Levels may be given by key or by their Chinese label (县级, 部门 …). */
function levelOf(input: string): string {
  const byLabel = Object.entries(AGENCY_LEVEL_LABELS).find(([, label]) => label === input.trim());
  return byLabel ? byLabel[0] : input.trim();
}

async function withContext(work: (ctx: ServiceContext) => Promise<void>): Promise<void> {
  const opened = await openReadyDatabase();
  try {
    await work({ db: opened.db, clock: () => new Date() });
  } finally {
    await opened.close();
  }
}

async function add(o: AddOptions): Promise<void> {
  await withContext(async (ctx) => {
    const created = await createAgency(ctx, systemActor("cli"), {
      id: o.id,
      parentId: o.parent ?? null,
      name: o.name,
      level: levelOf(o.level) as AgencyLevel,
      shortName: o.shortName,
      regionCode: o.regionCode,
      address: o.address,
      postalCode: o.postalCode,
      phone: o.phone,
      reconsiderationBody: o.reconsiderationBody,
      court: o.court,
    });
    console.log(`已创建机关 ${created.name}（编号 ${created.id}，${AGENCY_LEVEL_LABELS[created.level]}）`);
    if (created.parentId) console.log(`  上级机关：${created.parentId}`);
    const missing = [
      created.address ? null : "通讯地址",
      created.phone ? null : "联系电话",
      created.reconsiderationBody ? null : "行政复议机关",
      created.court ? null : "管辖人民法院",
    ].filter((m) => m !== null);
    if (missing.length > 0) {
      console.log(`  提示：尚未填写${missing.join("、")}，答复书和告知书需要这些信息，可在工作台补充`);
    }
    console.log(
      `  下一步：gongkai user add --agency ${created.id} --username … --name … --role agency_admin`,
    );
  });
}

async function list(): Promise<void> {
  await withContext(async (ctx) => {
    const roots = await listRootAgencies(ctx);
    if (roots.length === 0) {
      console.log("还没有任何机关。新建最上级机关：gongkai agency add --name 某县人民政府 --level county");
      return;
    }
    for (const root of roots) {
      for (const a of await listAgencySubtree(ctx, root.id)) console.log(line(a, root.path));
    }
  });
}

function line(a: Agency, rootPath: string): string {
  const depth = a.path.slice(rootPath.length).split("/").filter(Boolean).length;
  return `${"  ".repeat(depth)}${a.name}  ${a.id}  ${AGENCY_LEVEL_LABELS[a.level]}`;
}
