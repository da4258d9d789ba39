import { AlignmentType, Paragraph, TextRun } from "docx";
import type { LetterContent } from "../../domain/letters/index.ts";
import {
  bodyParagraph,
  officialDocument,
  packDocx,
  signatureBlock,
  titleParagraphs,
} from "../docx/official-document.ts";
import { textWidthEm } from "../docx/units.ts";

/** Characters of the 二号 title that fit one line of the 156 mm type area. */
const TITLE_LINE_EM = 20;

/**
 * A title in lines: whole, or broken after 政府信息公开 / 政府信息公开申请 when too long for one line
 * (GB/T 9704 keeps phrases whole in a multi-line title).
 */
export function letterTitleLines(title: string): string[] {
  if (textWidthEm(title) <= TITLE_LINE_EM) return [title];
  for (const head of ["政府信息公开申请", "政府信息公开"]) {
    if (title.startsWith(head) && textWidthEm(title.slice(head.length)) <= TITLE_LINE_EM) {
      return [head, title.slice(head.length)];
    }
  }
  const lines: string[] = [];
  const chars = [...title];
  for (let i = 0; i < chars.length; i += TITLE_LINE_EM)
    lines.push(chars.slice(i, i + TITLE_LINE_EM).join(""));
  return lines;
}

/**
 * A letter as a Word .docx in official typography (src/render/docx): A4 with the GB/T 9704 margins,
 * 方正小标宋 title, the document number centred under it, the addressee, 仿宋 body paragraphs with a
 * two-character indent, the agency and date at the foot with room for the seal, the contact line
 * (附注) under the date, page numbers 「— 1 —」.
 */
export async function renderLetterDocx(content: LetterContent): Promise<Uint8Array> {
  const children = [
    ...titleParagraphs(letterTitleLines(content.title)),
    ...(content.documentNumber === null
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 0 },
            children: [new TextRun(content.documentNumber)],
          }),
          new Paragraph({ children: [] }),
        ]),
    bodyParagraph(`${content.addressee}：`, { indent: false }),
    ...content.paragraphs.map((p) => bodyParagraph(p)),
    ...signatureBlock({ signer: content.signer, date: content.date }),
    ...content.notes.map((n) => bodyParagraph(n)),
  ];
  return packDocx(officialDocument({ title: content.title, creator: content.signer, children }));
}
