import { systemActor } from "../actor.ts";
import { updateAgency } from "../agencies/agencies.ts";
import type { ServiceContext } from "../context.ts";
import { createSampleTree } from "../testing/sample-tree.ts";

/** The sample tree, with the first county's short name, contact and remedies bodies filled in. */
export async function letterSetup(ctx: ServiceContext, prefix: string) {
  const tree = await createSampleTree(ctx, prefix);
  await updateAgency(ctx, systemActor("test"), tree.id(".k1"), {
    shortName: "一县",
    phone: "0591-12345678",
    address: "甲市一县人民路1号",
    reconsiderationBody: "甲市一县人民政府",
    court: "甲市一县人民法院",
  });
  return tree;
}
