import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { OFFICIAL_FONTS } from "./official-styles.ts";

const FONT_TABLE = "word/fontTable.xml";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** A font-table entry: GB2312 charset (86) and the installed font to use when the named one is missing. */
function fontEntry(name: string, fallback: string): string {
  return (
    `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(fallback)}"/>` +
    `<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`
  );
}

/**
 * Adds the official fonts and their fallbacks to a packed .docx. The docx package writes an empty
 * font table, which leaves Word to substitute a missing 仿宋_GB2312 by its own guess (often a sans
 * font); with w:altName and the GB2312 charset Word and WPS pick 仿宋, LibreOffice a CJK serif.
 */
export function addFontFallbacks(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const table = files[FONT_TABLE];
  if (!table) return docx;
  const xml = strFromU8(table);
  const present = new Set([...xml.matchAll(/<w:font w:name="([^"]*)"/g)].map((m) => m[1]));
  const entries = Object.values(OFFICIAL_FONTS)
    .filter((f) => !present.has(f.name))
    .map((f) => fontEntry(f.name, f.fallback))
    .join("");
  const patched = /<w:fonts\b[^>]*\/>/.test(xml)
    ? xml.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`)
    : xml.replace("</w:fonts>", `${entries}</w:fonts>`);
  files[FONT_TABLE] = strToU8(patched);
  return zipSync(files);
}
