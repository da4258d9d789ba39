/**
 * The stylesheet of a rendered report, scoped to `.gk-report` so a page embedding the fragment keeps
 * its own styles. Fonts follow GB/T 9704: 方正小标宋 title, 黑体 headings, 仿宋 body, 宋体 tables, each
 * with the names Windows, macOS and Linux (Noto CJK) use, then the generic family.
 */
export const REPORT_CSS = `
.gk-report {
  --gk-title-font: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --gk-heading-font: "黑体", "SimHei", "Heiti SC", "STHeiti", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
  --gk-body-font: "仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  --gk-table-font: "宋体", "SimSun", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
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
.gk-report *, .gk-report *::before, .gk-report *::after { box-sizing: inherit; }
.gk-report h1 {
  margin: 0 0 1.5em;
  font-family: var(--gk-title-font);
  font-size: 1.6rem;
  font-weight: normal;
  line-height: 1.5;
  text-align: center;
}
.gk-report .gk-title-part { display: inline-block; }
.gk-report h2 {
  margin: 1em 0 0.3em;
  font-family: var(--gk-heading-font);
  font-size: 1.125rem;
  font-weight: normal;
  text-indent: 2em;
}
.gk-report p { margin: 0; text-indent: 2em; overflow-wrap: anywhere; }
.gk-report .gk-table-scroll { margin: 0.6em 0 1em; overflow-x: auto; -webkit-overflow-scrolling: touch; }
.gk-report table {
  width: 100%;
  border-collapse: collapse;
  font-family: var(--gk-table-font);
  font-size: 0.875rem;
  line-height: 1.4;
  text-indent: 0;
}
.gk-report .gk-table-applications { min-width: 40rem; }
.gk-report .gk-table-litigation { min-width: 36rem; }
.gk-report th, .gk-report td {
  border: 1px solid #000;
  padding: 0.25em 0.3em;
  font-weight: normal;
  text-align: center;
  vertical-align: middle;
}
.gk-report .gk-table-applications th[scope="row"]:not(.gk-row-group) { text-align: left; }
.gk-report .gk-corner { font-size: 0.8rem; text-align: left; }
.gk-report .gk-num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.gk-report .gk-null { background: repeating-linear-gradient(45deg, #fff, #fff 4px, #f0f0f0 4px, #f0f0f0 8px); }
.gk-report .gk-highlight { background: #ffe58f; outline: 2px solid #d46b08; outline-offset: -2px; }
.gk-report .gk-sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.gk-report .gk-signature { margin-top: 3em; text-align: right; padding-right: 4em; }
.gk-report .gk-signature p { text-indent: 0; }
@media (max-width: 40rem) {
  .gk-report { padding: 1rem 0.75rem 2rem; font-size: 1rem; }
  .gk-report h1 { font-size: 1.35rem; }
  .gk-report .gk-signature { padding-right: 0; }
}
@page {
  size: A4;
  margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: "宋体", "SimSun", serif; font-size: 14pt; }
}
@media print {
  .gk-report { max-width: none; margin: 0; padding: 0; font-size: 16pt; line-height: 28pt; }
  .gk-report h1 { font-size: 22pt; line-height: 1.4; margin-bottom: 28pt; }
  .gk-report h2 { font-size: 16pt; margin: 0; break-after: avoid; page-break-after: avoid; }
  .gk-report p { orphans: 2; widows: 2; }
  .gk-report .gk-table-scroll { overflow: visible; margin: 6pt 0 14pt; }
  .gk-report table { min-width: 0; font-size: 10.5pt; line-height: 1.3; }
  .gk-report thead { display: table-header-group; }
  /* A row that opens a rowspan would count the whole span as unbreakable: leave those free. */
  .gk-report tr:not(:has(> [rowspan])) { break-inside: avoid; page-break-inside: avoid; }
  .gk-report .gk-corner { font-size: 9pt; }
  .gk-report .gk-null { background: none; }
  .gk-report .gk-signature { padding-right: 4em; break-inside: avoid; }
}
`;
