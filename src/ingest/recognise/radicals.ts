/**
 * Radical characters in place of ideographs: PDF producers (and text copied out of PDFs) often map a
 * glyph to its radical code point — `⼈⺠政府` for 人民政府 — because the CJK and radical glyphs
 * look alike in the font. A radical inside running text is a typesetting accident, every time, so
 * the reader folds both radical blocks back to the ideographs they draw.
 *
 * Kangxi Radicals (U+2F00–U+2FDF) fold by NFKC. The CJK Radicals Supplement (U+2E80–U+2EFF) has no
 * decomposition: its equivalents below are Unicode's EquivalentUnifiedIdeograph data, with the two
 * simplified forms that data leaves out (⻆ SIMPLIFIED HORN, ⻔ C-SIMPLIFIED GATE).
 */
/** Pairs of (supplement radical, its ideograph). */
const SUPPLEMENT_PAIRS =
  "⺀冫⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺉刂⺊卜⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗㣺⺘扌" +
  "⺙攵⺛旡⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺥爫⺦丬⺨犭⺫罒⺬示⺭礻⺯糹⺰纟⺱罓⺳㓁⺴㓁" +
  "⺹耂⺺肀⺼月⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻍辶⻏阝⻐钅⻑長" +
  "⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄" +
  "⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";
const SUPPLEMENT = new Map<string, string>(
  Array.from({ length: SUPPLEMENT_PAIRS.length / 2 }, (_, i) => [
    SUPPLEMENT_PAIRS[2 * i] as string,
    SUPPLEMENT_PAIRS[2 * i + 1] as string,
  ]),
);

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/;
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

function fold(radical: string): string {
  return SUPPLEMENT.get(radical) ?? radical.normalize("NFKC");
}

/** The text with every radical character replaced by the ideograph it stands for. */
export function foldRadicals(text: string): string {
  return RADICAL.test(text) ? text.replace(RADICALS, fold) : text;
}
