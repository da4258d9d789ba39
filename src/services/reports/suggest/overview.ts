import {
  applicationsTotal,
  groupTotal,
  percent,
  placeholder,
  proactiveCell,
  type SuggestionInput,
} from "./facts.ts";

/**
 * The preamble: the legal basis, the period the figures cover and where to ask, with the agency's
 * own address and telephone when they are on record.
 */
export function suggestPreamble(input: SuggestionInput): string {
  const { agency, year, format } = input;
  const contact = [
    agency.address ? `地址：${agency.address}` : null,
    agency.postalCode ? `邮编：${agency.postalCode}` : null,
    agency.phone ? `电话：${agency.phone}` : null,
  ].filter((p) => p !== null);
  const lines = [
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和政府信息公开工作年度报告格式（${format.source}）的要求编制。` +
      `报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    contact.length > 0
      ? `如对本报告有疑问，请与${agency.name}联系（${contact.join("；")}）。`
      : `如对本报告有疑问，请与${agency.name}联系（${placeholder("地址和联系电话")}）。`,
  ];
  return lines.join("\n");
}

function proactiveParagraph(input: SuggestionInput): string {
  const t = input.tables;
  const cell = (row: string, col: string) => proactiveCell(t, row, col);
  const regulations =
    cell("regulations", "issued") + cell("regulations", "abolished") + cell("regulations", "inForce") > 0;
  const docs = regulations
    ? `本年度制发规章${cell("regulations", "issued")}件、行政规范性文件${cell("normativeDocuments", "issued")}件，` +
      `废止规章${cell("regulations", "abolished")}件、行政规范性文件${cell("normativeDocuments", "abolished")}件，` +
      `截至年底现行有效规章${cell("regulations", "inForce")}件、行政规范性文件${cell("normativeDocuments", "inForce")}件`
    : `本年度制发行政规范性文件${cell("normativeDocuments", "issued")}件，废止${cell("normativeDocuments", "abolished")}件，` +
      `截至年底现行有效${cell("normativeDocuments", "inForce")}件`;
  const decisions =
    `作出行政许可决定${cell("permits", "decisions")}件、行政处罚决定${cell("penalties", "decisions")}件、` +
    `行政强制决定${cell("enforcement", "decisions")}件`;
  return `（一）主动公开。${docs}；${decisions}。其他主动公开工作情况：${placeholder("重点领域信息公开、政策解读、回应关切等方面的具体做法和成效")}。`;
}

function comparison(input: SuggestionInput, received: number): string {
  const previous = input.previous;
  if (previous === null) return "";
  const format = input.format;
  const before = applicationsTotal(format, previous.tables, "new");
  const diff = received - before;
  if (diff === 0) return `新收申请数量与上年持平（均为${received}件）。`;
  const change = diff > 0 ? "增加" : "减少";
  const rate = before === 0 ? "" : `，${diff > 0 ? "增长" : "下降"}${percent(Math.abs(diff), before)}%`;
  return `与上年相比，新收申请${change}${Math.abs(diff)}件${rate}。`;
}

function applicationsParagraph(input: SuggestionInput): string {
  const { format, tables, replies } = input;
  const total = (key: string) => applicationsTotal(format, tables, key);
  const received = total("new");
  const handled = total("total");
  const parts = [
    `（二）依申请公开。本年度新收政府信息公开申请${received}件，上年结转${total("carriedOver")}件。`,
  ];
  if (handled > 0) {
    const results = [
      ["予以公开", total("disclosed")],
      ["部分公开", total("partiallyDisclosed")],
      ["不予公开", groupTotal(format, tables, "refused")],
      ["无法提供", groupTotal(format, tables, "unable")],
      ["不予处理", groupTotal(format, tables, "notProcessed")],
      ["其他处理", groupTotal(format, tables, "otherHandling")],
    ] as const;
    const listed = results.filter(([, n]) => n > 0).map(([label, n]) => `${label}${n}件`);
    parts.push(`全年办结${handled}件，其中${listed.join("、")}；`);
  } else {
    parts.push("本年度没有办结的申请；");
  }
  parts.push(`结转下年度继续办理${total("carriedForward")}件。`);
  if (replies.replied > 0) {
    parts.push(
      `本年度作出答复的${replies.replied}件申请中，${replies.onTime}件在法定期限内答复，` +
        `按期答复率为${percent(replies.onTime, replies.replied)}%。`,
    );
  }
  parts.push(comparison(input, received));
  return parts.join("");
}

/** Section 一 总体情况: proactive disclosure and applications with the year's figures, then what only staff know. */
export function suggestOverview(input: SuggestionInput): string {
  return [
    `${input.year}年，${input.agency.name}依照《条例》规定做好政府信息公开工作，有关情况报告如下。`,
    proactiveParagraph(input),
    applicationsParagraph(input),
    `（三）政府信息管理、平台建设和监督保障。${placeholder("政府信息管理、政府网站和政务新媒体等平台建设、工作培训和监督考核等方面的情况")}。`,
  ].join("\n");
}
