import { describe, expect, it } from "vitest";
import { fieldOfIssue, formErrors, submissionInput } from "./application-form-data.ts";

describe("application form data", () => {
  it("leaves blanks out, so that an unanswered choice reads as missing", () => {
    const input = submissionInput("k1", {
      applicantType: "naturalPerson",
      name: "王小明",
      idType: "",
      phone: " ",
    });
    expect(input.applicant).toMatchObject({
      type: "naturalPerson",
      name: "王小明",
      idType: undefined,
      phone: undefined,
    });
    expect(input.agencyId).toBe("k1");
  });

  it.each([
    [["applicant", "type"], "applicantType"],
    [["applicant", "idNumber"], "idNumber"],
    [["applicant", "creditCode"], "creditCode"],
    [["description"], "description"],
    [["delivery"], "delivery"],
    [["attachments", 2], "attachments"],
    [["attachments"], "attachments"],
    [["agencyId"], null],
    [[], null],
  ] as const)("puts the issue at %j on the field %s", (path, field) => {
    expect(fieldOfIssue(path)).toBe(field);
  });

  it("words choice errors without codes, joins several problems of one field, keeps the rest under ''", () => {
    const errors = formErrors([
      {
        path: ["applicant", "type"],
        message: "申请人类型只能是以下之一：自然人（naturalPerson）、商业企业（commercial）",
      },
      { path: ["attachments", 0], message: "附件“a.exe”不是可接受的文件类型" },
      { path: ["attachments", 1], message: "附件“b”是空文件，请重新选择" },
      { path: ["agencyId"], message: "所选受理机关不存在，请从列表中重新选择" },
      { path: ["applicant", "phone"], message: "请至少填写联系电话或电子邮箱中的一项" },
    ]);
    expect(Object.fromEntries(errors)).toEqual({
      applicantType: "请选择申请人类型",
      attachments: "附件“a.exe”不是可接受的文件类型；附件“b”是空文件，请重新选择",
      "": "所选受理机关不存在，请从列表中重新选择",
      phone: "请至少填写联系电话或电子邮箱中的一项",
    });
  });
});
