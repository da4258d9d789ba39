import { describe, expect, it } from "vitest";
import { parseInput } from "../validation.ts";
import { applicantSchema } from "./applicant-input.ts";
import { onlineSubmissionSchema, receiptSchema } from "./application-input.ts";
import { COMPANY, onlineInput, PERSON } from "./application-samples.test-support.ts";

const issuesOf = (schema: Parameters<typeof parseInput>[0], input: unknown) => {
  try {
    parseInput(schema, input, "测试");
    return [];
  } catch (err) {
    return (err as { details: { issues: { path: unknown[]; message: string }[] } }).details.issues.map(
      (i) => [i.path.join("."), i.message] as const,
    );
  }
};

describe("applicant and request input", () => {
  it("accepts a natural person and an organisation, cleaning what was typed", () => {
    const person = parseInput(
      applicantSchema,
      { ...PERSON, phone: "138 1234 5678", idNumber: " 11010519491231002X " },
      "申请人",
    );
    expect(person).toMatchObject({ phone: "13812345678", idNumber: "11010519491231002X", creditCode: null });
    const company = parseInput(applicantSchema, { ...COMPANY, creditCode: "91350100m000100y43" }, "申请人");
    expect(company).toMatchObject({ creditCode: "91350100M000100Y43", idType: null, contactPerson: "赵六" });
  });

  it("lists every problem at once, each on its field", () => {
    expect(
      issuesOf(applicantSchema, { type: "naturalPerson", name: "", phone: "12345", email: "x@" }),
    ).toEqual([
      ["name", "请填写申请人姓名或机构名称"],
      ["idType", "请选择身份证件类型"],
      ["idNumber", "请填写身份证件号码"],
      ["phone", "联系电话格式不正确：手机号为 11 位数字，固定电话请带区号，例如 010-12345678"],
      ["email", "电子邮箱格式不正确，例如 name@example.cn"],
    ]);
    expect(issuesOf(applicantSchema, { ...COMPANY, creditCode: "91350100M000100Y44", phone: null })).toEqual([
      ["creditCode", "统一社会信用代码有误：应为 18 位数字或大写字母，请按营业执照或登记证书逐位核对"],
      ["phone", "请至少填写联系电话或电子邮箱中的一项，以便联系您"],
    ]);
  });

  it("asks for the contact the chosen delivery needs", () => {
    const noAddress = { ...PERSON, address: null };
    expect(
      issuesOf(onlineSubmissionSchema, onlineInput("a", { applicant: noAddress, delivery: "post" })),
    ).toEqual([["applicant.address", "选择邮寄的，请填写通信地址"]]);
  });

  it("asks for the dates each channel's receipt date rests on (第31条)", () => {
    expect(issuesOf(receiptSchema, { channel: "ordinaryLetter", arrivedOn: "2026-03-02" })).toEqual([
      ["confirmedOn", "请填写与申请人确认收到的日期（平常信函（无需签收））"],
    ]);
    expect(
      issuesOf(receiptSchema, { channel: "fax", submittedOn: "2026-03-03", confirmedOn: "2026-03-02" }),
    ).toEqual([["confirmedOn", "确认收到的日期不能早于申请到达的日期"]]);
    expect(parseInput(receiptSchema, { channel: "registeredMail", signedOn: "2026-03-02" }, "收件")).toEqual({
      channel: "registeredMail",
      signedOn: "2026-03-02",
    });
  });
});
