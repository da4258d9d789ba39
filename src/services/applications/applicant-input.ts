import { z } from "zod";
import { APPLICANT_TYPES, type ApplicantType, applicantTypeLabel } from "../../domain/applications/index.ts";
import { oneOf, optionalText, requiredText } from "../validation.ts";
import { isCreditCode, isResidentIdNumber } from "./identity-checks.ts";

/**
 * Who applies (条例 第29条: name, proof of identity, contact). One flat object for both kinds of
 * applicant, as a form sends it; which fields are required depends on the applicant type and is
 * checked with a Chinese message on the field itself.
 */

/** Runs a refinement even when fields failed (zod skips refinements otherwise). */
export const ALWAYS = { when: () => true } as const;

/** The raw value such a refinement sees: anything at all, even null (as OpenAPI generation probes). */
export function asRecord(raw: unknown): Record<string, unknown> {
  return typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
}

export const ID_TYPE_LABELS = {
  residentId: "居民身份证",
  passport: "护照",
  hkMacaoPermit: "港澳居民来往内地通行证",
  taiwanPermit: "台湾居民来往大陆通行证",
  foreignerPermit: "外国人永久居留身份证",
  other: "其他有效身份证件",
} as const;
export type IdType = keyof typeof ID_TYPE_LABELS;

const applicantTypeLabels = Object.fromEntries(
  APPLICANT_TYPES.map((t) => [t, applicantTypeLabel(t)]),
) as Record<ApplicantType, string>;

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\+?\d{6,20})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const applicantSchema = z
  .object({
    type: oneOf("申请人类型", applicantTypeLabels),
    name: requiredText("申请人姓名或机构名称", 100),
    idType: oneOf("身份证件类型", ID_TYPE_LABELS).nullish(),
    idNumber: optionalText("身份证件号码", 40),
    phone: optionalText("联系电话", 30).transform((v) => v?.replace(/[\s()（）]/g, "") ?? null),
    email: optionalText("电子邮箱", 100),
    address: optionalText("通信地址", 200),
    postalCode: optionalText("邮政编码", 10),
    creditCode: optionalText("统一社会信用代码", 30).transform((v) => v?.toUpperCase() ?? null),
    legalRepresentative: optionalText("法定代表人或负责人", 50),
    contactPerson: optionalText("联系人", 50),
  })
  // Runs even when a field failed, so that one answer lists every problem of the form.
  .superRefine((raw, ctx) => {
    const a = asRecord(raw);
    const text = (field: string) => {
      const v = a[field];
      return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
    };
    const issue = (field: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [field], message });
    const person = a.type === "naturalPerson";
    const [idType, idNumber, creditCode] = [text("idType"), text("idNumber"), text("creditCode")];
    const [phone, email] = [text("phone"), text("email")];
    if (person) {
      if (!idType) issue("idType", "请选择身份证件类型");
      if (!idNumber) issue("idNumber", "请填写身份证件号码");
    } else if (typeof a.type === "string" && a.type !== "") {
      if (!creditCode) issue("creditCode", "请填写统一社会信用代码（18 位）");
      if (!text("legalRepresentative")) issue("legalRepresentative", "请填写法定代表人或负责人");
      if (!text("contactPerson")) issue("contactPerson", "请填写联系人姓名");
      if (idNumber && !idType) issue("idType", "填写联系人证件号码时请选择证件类型");
    }
    if (idType === "residentId" && idNumber && !isResidentIdNumber(idNumber)) {
      issue("idNumber", "居民身份证号码有误：应为 18 位，末位为数字或 X，请逐位核对");
    }
    if (creditCode && !isCreditCode(creditCode)) {
      issue("creditCode", "统一社会信用代码有误：应为 18 位数字或大写字母，请按营业执照或登记证书逐位核对");
    }
    if (!phone && !email) issue("phone", "请至少填写联系电话或电子邮箱中的一项，以便联系您");
    if (phone && !PHONE.test(phone.replace(/[\s()（）]/g, ""))) {
      issue("phone", "联系电话格式不正确：手机号为 11 位数字，固定电话请带区号，例如 010-12345678");
    }
    if (email && !EMAIL.test(email)) issue("email", "电子邮箱格式不正确，例如 name@example.cn");
    const postalCode = text("postalCode");
    if (postalCode && !/^\d{6}$/.test(postalCode)) issue("postalCode", "邮政编码应为 6 位数字");
  }, ALWAYS)
  .transform((a) => ({ ...a, idType: a.idType ?? null }));

export type ApplicantInput = z.input<typeof applicantSchema>;
export type Applicant = z.output<typeof applicantSchema>;

export const REQUESTED_FORM_LABELS = {
  paper: "纸质",
  electronic: "电子数据",
  disc: "光盘",
  viewing: "现场查阅",
} as const;
export type RequestedForm = keyof typeof REQUESTED_FORM_LABELS;

export const DELIVERY_LABELS = {
  post: "邮寄",
  collect: "自行领取",
  email: "电子邮件",
  online: "网上获取",
} as const;
export type Delivery = keyof typeof DELIVERY_LABELS;

/** What is asked for and how it is to be provided (第29条第二款(二)(三)). */
export const requestShape = {
  applicant: applicantSchema,
  description: requiredText("所需政府信息的名称、文号或者便于查询的其他特征性描述", 5000),
  purpose: optionalText("用途", 1000),
  requestedForm: oneOf("获取信息的方式", REQUESTED_FORM_LABELS),
  delivery: oneOf("获取信息的途径", DELIVERY_LABELS),
};

/**
 * The delivery chosen must be reachable with the contact given. For `superRefine(…, { when })` on
 * a request schema: it reads the raw values, so it runs even when other fields failed.
 */
export function checkDelivery(raw: unknown, ctx: z.RefinementCtx): void {
  const r = asRecord(raw) as { applicant?: { address?: unknown; email?: unknown }; delivery?: unknown };
  const has = (v: unknown) => typeof v === "string" && v.trim() !== "";
  if (r.delivery === "post" && !has(r.applicant?.address)) {
    ctx.addIssue({ code: "custom", path: ["applicant", "address"], message: "选择邮寄的，请填写通信地址" });
  }
  if (r.delivery === "email" && !has(r.applicant?.email)) {
    ctx.addIssue({ code: "custom", path: ["applicant", "email"], message: "选择电子邮件的，请填写电子邮箱" });
  }
}
