import type { IStylesOptions } from "docx";
import { AlignmentType, LineRuleType } from "docx";
import { CHINESE_SIZE, halfPoints, pt } from "./units.ts";

/**
 * Fonts of GB/T 9704-2012 and the installed font Word/WPS should fall back to when the first is
 * missing (written to the package's font table as w:altName). 仿宋_GB2312 and 楷体_GB2312 are not on a
 * stock Windows 10/11; 方正小标宋简体 is on most office machines but rarely at home.
 */
export const OFFICIAL_FONTS = {
  title: { name: "方正小标宋简体", fallback: "宋体" },
  heading: { name: "黑体", fallback: "SimHei" },
  subheading: { name: "楷体_GB2312", fallback: "楷体" },
  body: { name: "仿宋_GB2312", fallback: "仿宋" },
  table: { name: "宋体", fallback: "SimSun" },
} as const;

/** Exact line pitch of body text: 22 lines fill the 225 mm type area (GB/T 9704 §5.2.2). */
export const BODY_LINE_PITCH = pt(28.95);

/** Style ids: the built-in Title/Heading1/Heading2 (so Word's navigation pane and outline work) plus ours. */
export const STYLE = {
  title: "Title",
  heading1: "Heading1",
  heading2: "Heading2",
  tableText: "GkTableText",
  footer: "GkFooter",
} as const;

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/** First-line indent of two characters, in characters (Word) and in twips for readers without them. */
export const INDENT_TWO_CHARS = { firstLineChars: 200, firstLine: pt(CHINESE_SIZE.三号 * 2) };

/** The styles of an official document: defaults are the body text, so pasted text looks right. */
export const OFFICIAL_STYLES: IStylesOptions = {
  default: {
    document: {
      run: {
        font: OFFICIAL_FONTS.body.name,
        size: halfPoints(CHINESE_SIZE.三号),
        language: { eastAsia: "zh-CN" },
      },
      paragraph: { spacing: exact(BODY_LINE_PITCH), alignment: AlignmentType.JUSTIFIED },
    },
    title: {
      run: {
        font: OFFICIAL_FONTS.title.name,
        size: halfPoints(CHINESE_SIZE.二号),
        bold: false,
        color: "000000",
      },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact(pt(35)), after: BODY_LINE_PITCH } },
    },
    heading1: {
      run: {
        font: OFFICIAL_FONTS.heading.name,
        size: halfPoints(CHINESE_SIZE.三号),
        bold: false,
        color: "000000",
      },
      paragraph: { spacing: exact(BODY_LINE_PITCH), indent: INDENT_TWO_CHARS, keepNext: true },
    },
    heading2: {
      run: {
        font: OFFICIAL_FONTS.subheading.name,
        size: halfPoints(CHINESE_SIZE.三号),
        bold: false,
        color: "000000",
      },
      paragraph: { spacing: exact(BODY_LINE_PITCH), indent: INDENT_TWO_CHARS, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.tableText,
      name: "表格文字",
      basedOn: "Normal",
      run: { font: OFFICIAL_FONTS.table.name, size: halfPoints(CHINESE_SIZE.五号) },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      },
    },
    {
      id: STYLE.footer,
      name: "页码",
      basedOn: "Normal",
      run: { font: OFFICIAL_FONTS.table.name, size: halfPoints(CHINESE_SIZE.四号) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
    },
  ],
};
