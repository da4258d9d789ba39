import { z } from "zod";
import type { AgencyLevel, AgencyRow } from "../../db/schema.ts";
import { oneOf, optionalText, requiredText } from "../validation.ts";

export const AGENCY_LEVEL_LABELS: Record<AgencyLevel, string> = {
  province: "省级",
  city: "市级",
  county: "县级",
  township: "乡镇（街道）",
  department: "部门",
};

/** An agency as services return it. */
export interface Agency {
  id: string;
  parentId: string | null;
  /** `/root/…/self/`: the ids from the root down; see src/db/agency-tree.ts. */
  path: string;
  name: string;
  shortName: string | null;
  level: AgencyLevel;
  regionCode: string | null;
  address: string | null;
  postalCode: string | null;
  phone: string | null;
  reconsiderationBody: string | null;
  court: string | null;
  createdAt: string;
}

export function toAgency(r: AgencyRow): Agency {
  return {
    id: r.id,
    parentId: r.parent_id,
    path: r.path,
    name: r.name,
    shortName: r.short_name,
    level: r.level,
    regionCode: r.region_code,
    address: r.address,
    postalCode: r.postal_code,
    phone: r.phone,
    reconsiderationBody: r.reconsideration_body,
    court: r.court,
    createdAt: r.created_at,
  };
}

const sixDigits = (label: string) =>
  optionalText(label, 6).refine((v) => v === null || /^\d{6}$/.test(v), { error: `${label}应为 6 位数字` });

/** The fields an administrator may set and later change. */
export const agencyDetailsSchema = z.object({
  name: requiredText("机关名称", 100),
  shortName: optionalText("机关简称", 50),
  level: oneOf("机关层级", AGENCY_LEVEL_LABELS),
  regionCode: sixDigits("行政区划代码"),
  address: optionalText("通讯地址", 200),
  postalCode: sixDigits("邮政编码"),
  phone: optionalText("联系电话", 50),
  reconsiderationBody: optionalText("行政复议机关", 100),
  court: optionalText("管辖人民法院", 100),
});

export const newAgencySchema = agencyDetailsSchema.extend({
  /** A readable code chosen by the administrator, or a random id. Never contains `/` (see agency-tree.ts). */
  id: z
    .string({ error: "机关编号应为文字" })
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
      error: "机关编号只能由字母、数字、点、下划线和连字符组成，以字母或数字开头，不超过 64 个字符",
    })
    .optional(),
  parentId: z
    .string({ error: "上级机关编号应为文字" })
    .nullish()
    .transform((v) => v ?? null),
});

export type NewAgencyInput = z.input<typeof newAgencySchema>;
export type AgencyDetailsPatch = Partial<z.input<typeof agencyDetailsSchema>>;

/** Columns of the details, from parsed input. */
export function detailsColumns(d: Partial<z.output<typeof agencyDetailsSchema>>) {
  return {
    name: d.name,
    short_name: d.shortName,
    level: d.level,
    region_code: d.regionCode,
    address: d.address,
    postal_code: d.postalCode,
    phone: d.phone,
    reconsideration_body: d.reconsiderationBody,
    court: d.court,
  };
}
