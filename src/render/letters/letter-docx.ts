import { AlignmentType, Paragraph, TextRun } from "docx";
import { strFromU8, strToU8, unzipSync } from "fflate";
import type { LetterContent } from "../../domain/letters/index.ts";
import {
  bodyParagraph,
  officialDocument,
  packDocx,
  signatureBlock,
  titleParagraphs,
} from "../docx/official-document.ts";
import { textWidthEm } from "../docx/units.ts";
import { writeZip, type ZipEntry, zipEntry } from "./zip-writer.ts";

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
 * The letter built from the official-document blocks (src/render/docx) and packed by the docx
 * library: the one definition of the letter's typography. A4 with the GB/T 9704 margins, 方正小标宋
 * title, the document number centred under it, the addressee, 仿宋 body paragraphs with a
 * two-character indent, the agency and date at the foot with room for the seal, the contact line
 * (附注) under the date, page numbers 「— 1 —」.
 */
export async function packLetterDocx(content: LetterContent, titleLines = letterTitleLines(content.title)) {
  const children = [
    ...titleParagraphs(titleLines),
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
    // The last paragraph goes to the seal's page with the signature: never a seal page without text.
    ...content.paragraphs.map((p, i, all) => bodyParagraph(p, { keepNext: i === all.length - 1 })),
    ...signatureBlock({ signer: content.signer, date: content.date }),
    ...content.notes.map((n) => bodyParagraph(n)),
  ];
  return packDocx(officialDocument({ title: content.title, creator: content.signer, children }));
}

/*
 * Packing through the docx library costs tens of milliseconds a letter. Letters differ only in the
 * text of their paragraphs, so the library packs a skeleton once — the same blocks with marker
 * texts — and each letter is the skeleton's paragraphs with its own text, zipped by fflate. The
 * signature's indents depend on the signer and the width of the date, so a skeleton is kept per
 * signer and date width (an agency has one signer; dates come in three or four widths).
 */

const M = (name: string) => `\uE000${name}\uE000`;
const MARK = {
  titleFirst: M("T1"),
  titleLast: M("T2"),
  number: M("N"),
  addressee: M("A"),
  body: M("B"),
  bodyLast: M("L"),
  note: M("O"),
};
/** The skeleton's title in the file properties (docProps/core.xml). */
const TITLE_PROPERTY = M("P");

interface Skeleton {
  /** Every part but the two a letter changes, deflated once. */
  parts: ZipEntry[];
  head: string;
  tail: string;
  /** Paragraph XML with a marker where the text goes. */
  p: Record<keyof typeof MARK, string>;
  /** Everything between the body and the notes: the seal's blank lines, signer and date. */
  signature: string;
  date: string;
  core: string;
}

const skeletons = new Map<string, Promise<Skeleton>>();
const MAX_SKELETONS = 64;

async function buildSkeleton(signer: string, date: string): Promise<Skeleton> {
  const bytes = await packLetterDocx(
    {
      kind: "receipt",
      title: TITLE_PROPERTY,
      documentNumber: MARK.number,
      addressee: MARK.addressee,
      paragraphs: [MARK.body, MARK.bodyLast],
      signer,
      date,
      notes: [MARK.note],
    },
    [MARK.titleFirst, MARK.titleLast],
  );
  const files = unzipSync(bytes);
  const xml = strFromU8(files[DOCUMENT] as Uint8Array);
  const open = xml.indexOf("<w:body>") + "<w:body>".length;
  const close = xml.indexOf("<w:sectPr");
  const paragraphs: string[] = xml.slice(open, close).match(/<w:p\/>|<w:p>[\s\S]*?<\/w:p>/g) ?? [];
  const find = (mark: string) => paragraphs.find((p) => p.includes(mark)) ?? "";
  const p = Object.fromEntries(Object.entries(MARK).map(([k, mark]) => [k, find(mark)])) as Skeleton["p"];
  const body = paragraphs.indexOf(p.bodyLast);
  const note = paragraphs.indexOf(p.note);
  const own = new Set([DOCUMENT, CORE]);
  // [Content_Types].xml first, as Word writes it; the order is otherwise free.
  const names = Object.keys(files).sort((a, b) => Number(b === TYPES) - Number(a === TYPES));
  return {
    parts: names.filter((n) => !own.has(n)).map((n) => zipEntry(n, files[n] as Uint8Array)),
    head: xml.slice(0, open),
    tail: xml.slice(close),
    p,
    signature: paragraphs.slice(body + 1, note).join(""),
    date: escapeXml(date),
    core: strFromU8(files[CORE] as Uint8Array),
  };
}

function skeleton(signer: string, date: string): Promise<Skeleton> {
  const key = `${signer}\u0000${textWidthEm(date)}`;
  let found = skeletons.get(key);
  if (!found) {
    if (skeletons.size >= MAX_SKELETONS) skeletons.clear();
    found = buildSkeleton(signer, date);
    skeletons.set(key, found);
    found.catch(() => skeletons.delete(key));
  }
  return found;
}

/** Text for w:t, escaped as the docx library escapes it; characters XML 1.0 cannot carry are dropped. */
function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these; Word refuses a file holding one.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

const DOCUMENT = "word/document.xml";
const CORE = "docProps/core.xml";
const TYPES = "[Content_Types].xml";

/** The letter as a Word .docx, exactly as {@link packLetterDocx} would write it, in a fraction of the time. */
export async function renderLetterDocx(content: LetterContent): Promise<Uint8Array> {
  const s = await skeleton(content.signer, content.date);
  const put = (template: string, mark: string, text: string) => template.replace(mark, () => escapeXml(text));
  const lines = letterTitleLines(content.title);
  const parts = [s.head];
  lines.forEach((line, i) => {
    parts.push(
      i < lines.length - 1
        ? put(s.p.titleFirst, MARK.titleFirst, line)
        : put(s.p.titleLast, MARK.titleLast, line),
    );
  });
  if (content.documentNumber !== null)
    parts.push(put(s.p.number, MARK.number, content.documentNumber), "<w:p/>");
  parts.push(put(s.p.addressee, MARK.addressee, content.addressee));
  content.paragraphs.forEach((text, i, all) => {
    parts.push(i < all.length - 1 ? put(s.p.body, MARK.body, text) : put(s.p.bodyLast, MARK.bodyLast, text));
  });
  parts.push(s.signature.replace(`>${s.date}<`, () => `>${escapeXml(content.date)}<`));
  for (const text of content.notes) parts.push(put(s.p.note, MARK.note, text));
  parts.push(s.tail);
  const core = s.core.replace(TITLE_PROPERTY, () => escapeXml(content.title));
  // The same letter gives the same bytes (and the same sha256): the zip carries a fixed time.
  return writeZip([...s.parts, zipEntry(DOCUMENT, strToU8(parts.join(""))), zipEntry(CORE, strToU8(core))]);
}
