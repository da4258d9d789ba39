import type { Finding } from "../../domain/report/finding.ts";
import { FORMATS, type SectionKey } from "../../domain/report/format/index.ts";
import { emptyTables, type ReportModel, type ReportSection } from "../../domain/report/model.ts";
import { readFailed } from "../read-failed.ts";
import type { DocLine, ReadResult } from "../types.ts";
import { readApplications } from "./applications.ts";
import { cleanLines } from "./clean-lines.ts";
import { ParsedDoc } from "./doc.ts";
import { formatRule } from "./findings.ts";
import { detectFormat } from "./format-detect.ts";
import { readLitigation } from "./litigation.ts";
import { readProactive } from "./proactive.ts";
import { regions, tableProse } from "./regions.ts";
import { findSections, prose } from "./sections.ts";
import { findPublishDate, findTitle, signatureStart } from "./title.ts";

/**
 * Build the report model from a document's lines in reading order (prose lines, table rows with
 * their cells), with a finding for every cell that could not be read and every deviation from the
 * format's structure. Never throws; the work is linear in the input apart from bounded searches.
 *
 * @example recognise(text.split("\n").map((l) => ({ cells: l.split("\t"), fromTable: false })))
 */
export function recognise(lines: DocLine[]): ReadResult {
  try {
    return read(lines);
  } catch (error) {
    // A defect of ours must not take down a batch of thousands of reports: say so for this one.
    return readFailed(`读取报告时发生内部错误（${String(error).slice(0, 200)}），请将该文件反馈给维护人员`);
  }
}

function read(input: DocLine[]): ReadResult {
  const doc = new ParsedDoc(cleanLines(input));
  const texts = doc.texts;
  const title = findTitle(texts);
  const headings = findSections(doc, FORMATS["2021"], title.line + 1);
  const region = regions(doc, headings);
  const { format, findings: formatFindings } = detectFormat(
    region.proactive ?? [],
    region.applications ?? [],
    title.year,
  );
  const findings: Finding[] = [...formatFindings];
  const tables = emptyTables(format);

  let anyTable = false;
  if (region.proactive) {
    const r = readProactive(region.proactive, format, tables.proactive);
    findings.push(...r.findings);
    anyTable ||= r.found;
  } else
    findings.push(
      formatRule("structure.tables", "未找到表二（主动公开政府信息情况），请检查报告是否包含该部分"),
    );
  let collapsedGroups: string[] = [];
  if (region.applications) {
    const r = readApplications(region.applications, format);
    tables.applications = r.rows;
    collapsedGroups = r.collapsedGroups;
    findings.push(...r.findings);
    anyTable ||= r.found;
  } else
    findings.push(
      formatRule(
        "structure.tables",
        "未找到表三（收到和处理政府信息公开申请情况），请检查报告是否包含该部分",
      ),
    );
  if (region.litigation) {
    const r = readLitigation(region.litigation, format);
    tables.litigation = r.cells;
    findings.push(...r.findings);
    anyTable ||= r.found;
  } else
    findings.push(
      formatRule("structure.tables", "未找到表四（行政复议、行政诉讼情况），请检查报告是否包含该部分"),
    );

  if (title.title === null && headings.length === 0 && !anyTable) {
    return readFailed(
      "未能识别为政府信息公开工作年度报告：没有找到标题（如“××2023年政府信息公开工作年度报告”）、“一、总体情况”等六个部分，也没有找到表二至表四。请确认上传的是年度报告全文",
    );
  }

  const firstHeading = headings[0]?.line ?? doc.length;
  const published = findPublishDate(texts, title.line);
  const bodyEnd = signatureStart(texts, published);
  const sections: ReportSection[] = headings.map((h, i) => {
    const end = headings[i + 1]?.line ?? bodyEnd;
    const text = isTableSection(h.key)
      ? tableProse(doc.slice(h.line + 1, end), h.key, format)
      : prose(texts.slice(h.line + 1, end));
    return { key: h.key, heading: h.heading, text };
  });
  const report: ReportModel = {
    format: format.version,
    agency: title.agency,
    year: title.year,
    title: title.title,
    publishDate: published?.date ?? null,
    preamble: prose(texts.slice(title.line + 1, firstHeading).filter((t) => t !== "")),
    sections,
    tables,
    collapsedGroups,
  };
  return { report, findings };
}

function isTableSection(key: SectionKey): boolean {
  return key === "proactive" || key === "applications" || key === "litigation";
}
