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
import { textWidthEm } from "../docx/units.ts";
import { docxTable } from "./docx-table.ts";
import { reportPlan } from "./plan.ts";

/** Characters of 二号 (22 pt) type on one line of the 156 mm type area. */
const TITLE_LINE_EM = 20;

/**
 * The report as a Word document in official-document typography (see `../docx/official-document.ts`):
 * title, preamble, the six sections with their prose and the three tables as real Word tables with
 * the official merged headers, then agency and date with room for the seal.
 */
export async function renderDocx(report: ReportModel): Promise<Uint8Array> {
  const plan = reportPlan(report);
  const children: (Paragraph | Table)[] = [
    // One line holds 20 characters of 二号 type; a longer title breaks at its meaningful cut.
    ...titleParagraphs(textWidthEm(plan.title) > TITLE_LINE_EM ? plan.titleParts : [plan.title]),
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
