import type { ReportModel } from "../../domain/report/model.ts";
import { gridToMatrix } from "./grid/index.ts";
import { reportPlan } from "./plan.ts";

/** Tabs separate table cells in this layout, so prose must not carry any. */
function prose(text: string): string {
  return text.replace(/\t/g, " ");
}

/**
 * The report as markdown in the layout of published reports copied from web pages
 * (`zunhuadian-2023.txt`): `#` title, `##` section headings, one paragraph per line of prose, and each
 * table as tab-separated rows of the official grid — a merged cell printed once at its top-left
 * position, the positions it covers left empty, header rows over several lines. Null cells are
 * empty. Agency and date, when known, close the document on two lines.
 */
export function renderMarkdown(report: ReportModel): string {
  const plan = reportPlan(report);
  const blocks: string[] = [`# ${prose(plan.title)}`, ...plan.preamble.map(prose)];
  for (const section of plan.sections) {
    blocks.push(`## ${prose(section.heading)}`, ...section.paragraphs.map(prose));
    if (section.table) {
      blocks.push(
        gridToMatrix(section.table)
          .map((line) => line.join("\t"))
          .join("\n"),
      );
    }
  }
  if (plan.signature) {
    blocks.push([plan.signature.signer, plan.signature.date].filter((s) => s !== null).join("\n"));
  }
  return `${blocks.join("\n\n")}\n`;
}
