import type { LetterContent } from "../../domain/letters/index.ts";
import { escapeHtml } from "../report/html.ts";

/**
 * The stylesheet of a letter, scoped to `.gk-letter`: the same fonts as the report (GB/T 9704 with
 * the names each system uses), a readable width on screen and phones, A4 with the official margins
 * when printed.
 */
export const LETTER_CSS = `
.gk-letter {
  --gk-title-font: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --gk-body-font: "仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  box-sizing: border-box;
  max-width: 210mm;
  margin: 0 auto;
  padding: 2rem 1.5rem 3rem;
  color: #111;
  background: #fff;
  font-family: var(--gk-body-font);
  font-size: 1.125rem;
  line-height: 1.8;
}
.gk-letter h1 {
  margin: 0 0 0.5em;
  font-family: var(--gk-title-font);
  font-size: 1.6rem;
  font-weight: normal;
  line-height: 1.5;
  text-align: center;
}
.gk-letter p { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
.gk-letter .gk-letter-number { text-align: center; text-indent: 0; margin-bottom: 1.2em; }
.gk-letter .gk-letter-addressee { text-indent: 0; }
.gk-letter .gk-letter-signature { margin-top: 3em; text-align: right; padding-right: 4em; }
.gk-letter .gk-letter-signature p { text-indent: 0; text-align: right; }
.gk-letter .gk-letter-note { margin-top: 0.5em; }
@media (max-width: 40rem) {
  .gk-letter { padding: 1rem 0.75rem 2rem; font-size: 1rem; }
  .gk-letter h1 { font-size: 1.35rem; }
  .gk-letter .gk-letter-signature { padding-right: 0; }
}
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@media print {
  .gk-letter { max-width: none; margin: 0; padding: 0; font-size: 16pt; line-height: 28pt; }
  .gk-letter h1 { font-size: 22pt; line-height: 1.4; }
  .gk-letter p { orphans: 2; widows: 2; }
  .gk-letter .gk-letter-signature { break-inside: avoid; }
}
`;

export interface LetterHtmlOptions {
  /** A complete HTML5 page (default) or an `<article class="gk-letter">` for the status page, which includes LETTER_CSS itself. */
  standalone?: boolean;
}

/** The letter as HTML: the same content as the Word file, escaped, in reading order. */
export function renderLetterHtml(content: LetterContent, options: LetterHtmlOptions = {}): string {
  const p = (text: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ""}>${escapeHtml(text)}</p>`;
  const title = content.title;
  const article = [
    `<article class="gk-letter" lang="zh-CN" data-kind="${escapeHtml(content.kind)}">`,
    `<h1>${escapeHtml(title)}</h1>`,
    ...(content.documentNumber === null ? [] : [p(content.documentNumber, "gk-letter-number")]),
    p(`${content.addressee}：`, "gk-letter-addressee"),
    ...content.paragraphs.map((text) => p(text)),
    `<div class="gk-letter-signature">${p(content.signer)}${p(content.date)}</div>`,
    ...content.notes.map((n) => p(n, "gk-letter-note")),
    "</article>",
  ].join("\n");
  if (options.standalone === false) return `${article}\n`;
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${LETTER_CSS}</style>`,
    "</head>",
    "<body>",
    article,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
