import { z } from "@hono/zod-openapi";
import { ROLES } from "../../services/actor.ts";
import {
  AGENCY_LEVEL_LABELS,
  agencyDetailsSchema,
  newAgencySchema,
} from "../../services/agencies/agency-input.ts";
import { passwordSchema } from "../../services/users/passwords.ts";
import { rolesSchema, usernameSchema, userPatchSchema } from "../../services/users/user-input.ts";
import { requiredText } from "../../services/validation.ts";

/** OpenAPI schemas of the administration routes (agencies, accounts, audit log). */

export const json = <S extends z.ZodType>(schema: S) => ({ "application/json": { schema } });
const levels = Object.keys(AGENCY_LEVEL_LABELS) as [
  keyof typeof AGENCY_LEVEL_LABELS,
  ...(keyof typeof AGENCY_LEVEL_LABELS)[],
];

export const pathId = (description: string) =>
  z.object({ id: z.string().openapi({ param: { name: "id", in: "path" }, description }) });
export const agencyPath = z.object({
  agencyId: z.string().openapi({ param: { name: "agencyId", in: "path" }, description: "机关编号" }),
});

export const agencySchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    path: z.string().openapi({ description: "从最上级机关到本机关的编号路径，如 /省/市/县/" }),
    name: z.string(),
    shortName: z.string().nullable(),
    level: z.enum(levels),
    levelLabel: z.string(),
    regionCode: z.string().nullable(),
    address: z.string().nullable().openapi({ description: "通讯地址（告知书落款使用）" }),
    postalCode: z.string().nullable(),
    phone: z.string().nullable(),
    reconsiderationBody: z.string().nullable().openapi({ description: "行政复议机关（告知书救济途径使用）" }),
    court: z.string().nullable().openapi({ description: "管辖人民法院（告知书救济途径使用）" }),
    createdAt: z.string(),
  })
  .openapi("Agency");

export interface TreeNode {
  id: string;
  name: string;
  shortName: string | null;
  level: string;
  levelLabel: string;
  parentId: string | null;
  childCount: number;
  children?: TreeNode[];
}

export const treeNodeSchema: z.ZodType<TreeNode> = z
  .lazy(() =>
    z.object({
      id: z.string(),
      name: z.string(),
      shortName: z.string().nullable(),
      level: z.string(),
      levelLabel: z.string(),
      parentId: z.string().nullable(),
      childCount: z.number().int(),
      children: z.array(treeNodeSchema).optional(),
    }),
  )
  .openapi({
    type: "object",
    description: "机构树节点；超出 depth 的节点不含 children，childCount 仍给出下级数量",
  });

export const newAgencyBody = z.object(newAgencySchema.shape).openapi("NewAgencyInput");
export const agencyPatchBody = z.object(agencyDetailsSchema.shape).partial().openapi("AgencyPatch");

export const userSchema = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(ROLES)),
    roleLabels: z.array(z.string()),
    disabled: z.boolean(),
    createdAt: z.string(),
    passwordChangedAt: z.string(),
  })
  .openapi("User");

export const newUserBody = z
  .object({
    username: usernameSchema,
    displayName: requiredText("姓名", 50),
    roles: rolesSchema,
    /** Omitted: the system generates one, shown once in the answer. */
    password: passwordSchema.optional(),
  })
  .openapi("NewUserInput");

export const userPatchBody = z.object(userPatchSchema.shape).openapi("UserPatch");

export const passwordShown = z
  .object({
    generatedPassword: z
      .string()
      .nullable()
      .openapi({ description: "系统生成的密码，只显示这一次，请当面或当场交给本人；自行填写密码时为 null" }),
  })
  .openapi("PasswordShown");

export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    userId: z.string().nullable(),
    userName: z.string().nullable().openapi({ description: "操作人姓名；命令行等系统操作为 null" }),
    agencyId: z.string().nullable(),
    agencyName: z.string().nullable(),
    action: z.string().openapi({ description: "create、update、delete、login、step、publish……" }),
    entity: z.string().openapi({ description: "agency、user、application、normative_document……" }),
    entityId: z.string(),
    before: z.unknown().openapi({ description: "修改前（JSON）" }),
    after: z.unknown().openapi({ description: "修改后（JSON）" }),
  })
  .openapi("AuditEntry");

export const auditPageSchema = z
  .object({
    items: z.array(auditEntrySchema),
    nextBefore: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "下一页（更早的记录）请以此作为 before；为 null 表示没有更多" }),
  })
  .openapi("AuditPage");
