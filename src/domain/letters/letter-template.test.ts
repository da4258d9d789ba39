import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../app-error.ts";
import { defaultTemplate } from "./default-templates.ts";
import { LETTER_KINDS, type LetterKind } from "./letter-kinds.ts";
import { checkTemplate, fillTemplate, type LetterTemplate } from "./letter-template.ts";
import { requiredVariables } from "./letter-variables.ts";

function problems(kind: LetterKind, template: LetterTemplate): AppError {
  try {
    checkTemplate(kind, template);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("the template was accepted");
}

describe("checkTemplate: an agency's wording cannot lose what the law requires", () => {
  it.each(LETTER_KINDS)("the default wording of %s passes and holds every required variable", (kind) => {
    const template = defaultTemplate(kind);
    expect(() => checkTemplate(kind, template)).not.toThrow();
    for (const v of requiredVariables(kind)) expect(template.body + template.title).toContain(`{{${v}}}`);
  });

  it("refuses a reply that drops the remedies, naming the variable in Chinese", () => {
    const t = defaultTemplate("reply.refusedStateSecret");
    const err = problems("reply.refusedStateSecret", { ...t, body: t.body.replace("{{remedies}}", "") });
    expect(err.code).toBe("VALIDATION");
    expect(err.message).toContain("缺少必需的变量 {{remedies}}（救济途径（行政复议、行政诉讼））");
    expect(err.message).toContain("答复书（属于国家秘密）依法必须载明该内容");
    expect(err.details.missing).toEqual(["remedies"]);
  });

  it.each([
    ["correction", "correctionDeadline", "补正期限"],
    ["feeNotice", "paymentLimit", "缴费期限"],
    ["reply.partiallyDisclosed", "basis", "法律依据"],
    ["reply.partiallyDisclosed", "reasons", "理由"],
    ["reply.disclosed", "howToObtain", "获取信息的方式和途径"],
    ["reply.unableNotHeld", "holderAgency", "负责公开该信息的机关及联系方式"],
    ["consultationAgency", "silenceConsequence", "逾期不提出意见的后果"],
  ] as [LetterKind, string, string][])("%s without {{%s}} is refused (%s)", (kind, variable, label) => {
    const t = defaultTemplate(kind);
    const err = problems(kind, { ...t, body: t.body.replaceAll(`{{${variable}}}`, "") });
    expect(err.message).toContain(`缺少必需的变量 {{${variable}}}（${label}）`);
  });

  it("refuses unknown variables, variables of another kind, stray braces, a list in the title, an empty title", () => {
    const body = `${defaultTemplate("extension").body}\n{{nonsense}} {{feeAmount}}\n请注意{{basis`;
    const err = problems("extension", { title: "{{correctionItems}}", body });
    const messages = (err.details.issues ?? []).map((i) => i.message);
    expect(messages).toContain("正文第 4 段中的变量 {{nonsense}} 不存在，请删除或改用可用的变量");
    expect(messages).toContain("正文第 4 段中的变量 {{feeAmount}} 不能用于此类文书，请删除或改用可用的变量");
    expect(messages).toContain("正文第 5 段中有不成对的“{{”或“}}”：变量应写成 {{变量名}}");
    expect(messages).toContain("标题中的变量 {{correctionItems}} 不能用于此类文书，请删除或改用可用的变量");
    expect(problems("receipt", { ...defaultTemplate("receipt"), title: "  " }).message).toContain(
      "请填写文书标题",
    );
  });

  it("accepts reworded text that keeps every required variable, in any order", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LETTER_KINDS), fc.string({ maxLength: 30 }), (kind, filler) => {
        const clean = filler.replace(/[{}]/g, "");
        const body = [
          clean,
          ...requiredVariables(kind)
            .map((v) => `${clean}{{${v}}}`)
            .reverse(),
        ].join("\n");
        checkTemplate(kind, { title: "告知书", body });
      }),
    );
  });
});

describe("fillTemplate", () => {
  const template = {
    title: "补正告知书",
    body: "前言\n{{correctionItems}}\n期限：{{correctionDeadline}}（{{basis}}）\n附：{{agencyContact}}\n\n  缩进的行  ",
  };

  it("numbers a list alone on its line, drops lines of empty optional values, keeps lines of required ones", () => {
    const filled = fillTemplate(
      "correction",
      template,
      { correctionItems: ["甲；", "乙。"], correctionDeadline: "3月20日前", basis: "", agencyContact: "" },
      ["correctionItems", "correctionDeadline"],
    );
    expect(filled).toEqual({
      title: "补正告知书",
      paragraphs: ["前言", "1.甲；", "2.乙。", "期限：3月20日前（）", "缩进的行"],
    });
  });

  it("joins a list used inside a sentence", () => {
    const filled = fillTemplate(
      "correction",
      { title: "t", body: "请补正：{{correctionItems}}" },
      { correctionItems: ["甲", "乙"] },
    );
    expect(filled.paragraphs).toEqual(["请补正：甲；乙"]);
  });

  it("inserts values literally: braces in a value are not expanded", () => {
    const filled = fillTemplate(
      "extension",
      { title: "t", body: "因{{extensionReason}}" },
      { extensionReason: "{{basis}}" },
    );
    expect(filled.paragraphs).toEqual(["因{{basis}}"]);
  });
});
