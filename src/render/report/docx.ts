import type { Paragraph, Table } from "docx";
import type { ReportModel } from "../../domain/report/model.ts";
import {
  blankLine,
  bodyParagraph,
  headingParagraph,
  officialDocument,
  packDocx,
  signatureBlock,
  titleParagraphs,
} from "../docx/official-document.ts";
import { docxTable } from "./docx-table.ts";
import { reportPlan } from "./plan.ts";

/**
 * The report as a Word document in official-document typography (see `../docx/official-document.ts`):
 * title, preamble, the six sections with their prose and the three tables as real Word tables with
 * the official merged headers, then agency and date with room for the seal.
 */
export async function renderDocx(report: ReportModel): Promise<Uint8Array> {
  const plan = reportPlan(report);
  const children: (Paragraph | Table)[] = [
    ...titleParagraphs(plan.title),
    ...plan.preamble.map((p) => bodyParagraph(p)),
  ];
  for (const section of plan.sections) {
    children.push(headingParagraph(section.heading), ...section.paragraphs.map((p) => bodyParagraph(p)));
    // A blank line after a table keeps the next heading off its bottom border.
    if (section.table) children.push(docxTable(section.table), blankLine());
  }
  if (plan.signature) children.push(...signatureBlock(plan.signature));
  return packDocx(
    officialDocument({ title: plan.title, children, ...(report.agency ? { creator: report.agency } : {}) }),
  );
}
