import type { LetterContent } from "../../domain/letters/index.ts";

/** A fee notice as the letters domain lays it out (numbered items, notes), and one with hostile text. */
export const FEE_NOTICE: LetterContent = {
  kind: "feeNotice",
  title: "政府信息公开信息处理费收费通知书",
  documentNumber: "一县政信费〔2026〕7号",
  addressee: "张三丰",
  paragraphs: [
    "您于2026年3月2日提出的政府信息公开申请（申请编号：2026-0001-0002-5），申请公开政府信息的数量、频次明显超过合理范围。",
    "一、收费方式：按量计收。本件申请需要提供的政府信息共250页。",
    "1.第1—30页：30页，不收费",
    "2.第31—100页：70页，每页10元，计700.00元",
    "四、应缴金额：人民币4,700.00元（大写：肆仟柒佰元整）",
    "特此通知。",
  ],
  signer: "甲市一县人民政府办公室",
  date: "2026年3月17日",
  notes: ["（联系电话：0591-12345678；通讯地址：甲市一县人民路1号）"],
};

export const HOSTILE: LetterContent = {
  ...FEE_NOTICE,
  documentNumber: null,
  addressee: '<script>alert("x")</script> & Co',
  paragraphs: ["a < b & c > d 'quoted'"],
};
