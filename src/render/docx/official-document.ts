import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import { addFontFallbacks } from "./font-table.ts";
import { INDENT_TWO_CHARS, OFFICIAL_STYLES, STYLE } from "./official-styles.ts";
import { CHINESE_SIZE, mm, pt, textWidthEm } from "./units.ts";

/**
 * Building blocks of a Chinese official document after GB/T 9704-2012 (党政机关公文格式), for the
 * annual report and the notice letters: A4 portrait with the standard type area, 方正小标宋 title,
 * 黑体/楷体 headings, 仿宋 body on a 28.95 pt grid with a two-character first-line indent, a
 * signature and date block with room for the seal, and 「— 1 —」 page numbers.
 *
 * ```ts
 * const bytes = await packDocx(officialDocument({
 *   title: "关于……的告知书",
 *   children: [bodyParagraph("张三：", { indent: false }), bodyParagraph("……"),
 *              ...signatureBlock({ signer: "某某县人民政府办公室", date: "2024年3月1日" })],
 * }));
 * ```
 */

/** Page margins of GB/T 9704 §5.2.1 (天头 37 mm, 订口 28 mm) giving the 156 × 225 mm type area. */
export const OFFICIAL_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
};

/** Width of the type area in twips (page minus margins, each rounded as Word stores it): what a full-width table may use. */
export const TYPE_AREA_WIDTH =
  mm(OFFICIAL_PAGE.widthMm) - mm(OFFICIAL_PAGE.marginsMm.left) - mm(OFFICIAL_PAGE.marginsMm.right);

/** The title, centred; each string is one line (long titles break where the caller says, 梯形 or 菱形). */
export function titleParagraphs(lines: string | readonly string[]): Paragraph[] {
  const all = typeof lines === "string" ? [lines] : lines;
  return all.map(
    (text, i) =>
      new Paragraph({
        heading: HeadingLevel.TITLE,
        // Only the last line keeps the style's blank line before the body.
        ...(i < all.length - 1 ? { spacing: { after: 0 } } : {}),
        children: [new TextRun(text)],
      }),
  );
}

export interface BodyParagraphOptions {
  /** Two-character first-line indent (default true); false for the salutation line (张三：). */
  indent?: boolean;
  alignment?: "left" | "right" | "center" | "justified";
  /** Keep on the page of the next paragraph: the last line of a letter goes with its seal (GB/T 9704 7.3.5). */
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justified: AlignmentType.JUSTIFIED,
} as const;

/** A paragraph of body text: 仿宋_GB2312 三号 on the body line pitch. */
export function bodyParagraph(text: string, options: BodyParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.alignment ?? "justified"],
    ...(options.indent === false ? {} : { indent: INDENT_TWO_CHARS }),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [new TextRun(text)],
  });
}

/** A heading: level 1 黑体 (一、), level 2 楷体 (（一）); both 三号, indented two characters, kept with the next line. */
export function headingParagraph(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(text)],
  });
}

/** An empty body line, e.g. between the last paragraph and the signature. */
export function blankLine(): Paragraph {
  return new Paragraph({ children: [] });
}

export interface SignatureOptions {
  /** The issuing agency (发文机关署名); null prints the date alone. */
  signer: string | null;
  /** The date as printed, e.g. 2024年1月20日; null prints the signer alone. */
  date: string | null;
  /** Blank lines above the signature, where the seal goes (default 3). */
  sealSpaceLines?: number;
}

/**
 * Signature and date at the foot (GB/T 9704 §7.3.5.1): the date right-aligned four characters from
 * the edge, the agency centred over the date, blank lines above so the seal can press on both.
 */
export function signatureBlock(options: SignatureOptions): Paragraph[] {
  const em = pt(CHINESE_SIZE.三号);
  const dateIndent = 4;
  const dateWidth = options.date === null ? 0 : textWidthEm(options.date);
  const signerIndent =
    options.signer === null ? 0 : Math.max(0, dateIndent + (dateWidth - textWidthEm(options.signer)) / 2);
  const line = (text: string, indentEm: number) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(indentEm * em) },
      keepNext: true,
      keepLines: true,
      children: [new TextRun(text)],
    });
  const blanks = Array.from(
    { length: options.sealSpaceLines ?? 3 },
    () => new Paragraph({ keepNext: true, children: [] }),
  );
  return [
    ...blanks,
    ...(options.signer === null
      ? []
      : [line(options.signer, options.date === null ? dateIndent : signerIndent)]),
    ...(options.date === null ? [] : [line(options.date, dateIndent)]),
  ];
}

/** The page number at the foot, 宋体 四号 between em dashes: 「— 1 —」. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

/** A section with the official page: A4 portrait, GB/T 9704 margins, page numbers in the footer. */
export function officialSection(children: readonly (Paragraph | Table)[]): ISectionOptions {
  const m = OFFICIAL_PAGE.marginsMm;
  return {
    properties: {
      page: {
        size: {
          width: mm(OFFICIAL_PAGE.widthMm),
          height: mm(OFFICIAL_PAGE.heightMm),
          orientation: PageOrientation.PORTRAIT,
        },
        // The page number's dash line sits 7 mm below the type area (§7.5): footer bottom ≈ 23 mm.
        margin: {
          top: mm(m.top),
          bottom: mm(m.bottom),
          left: mm(m.left),
          right: mm(m.right),
          header: mm(15),
          footer: mm(23),
        },
      },
    },
    footers: { default: pageNumberFooter() },
    children,
  };
}

export interface OfficialDocumentOptions {
  /** Document title, for the file properties (the printed title is `titleParagraphs`). */
  title: string;
  /** The body: title paragraphs, headings, paragraphs, tables, signature — in order. */
  children: readonly (Paragraph | Table)[];
  /** Author in the file properties (the agency). */
  creator?: string;
}

/** A Word document with the official styles and page; pack it with `packDocx`. */
export function officialDocument(options: OfficialDocumentOptions): Document {
  return new Document({
    title: options.title,
    creator: options.creator ?? "Gongkai",
    styles: OFFICIAL_STYLES,
    sections: [officialSection(options.children)],
  });
}

/** The .docx bytes of a document, with the font table naming the fallback of each official font. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document);
  return addFontFallbacks(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}
