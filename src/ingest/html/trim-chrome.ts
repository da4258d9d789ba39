import type { DocLine } from "../types.ts";

/**
 * Text-level clean-up after the walk: page chrome that survives inside the report's container
 * because it is plain text, not links or marked-up navigation.
 */

/** A short line that ends the report: what follows is the site's, not the agency's. */
const END_MARKER =
  /^[【[]?\s*(相关链接|相关文章|相关阅读|相关新闻|相关文件|相关稿件|相关附件|上一篇|下一篇|打印本页|关闭窗口|打印|关闭)/;

/** Short chrome lines seen inside article containers. */
const CHROME_LINE = [
  /^(当前位置|您的位置|您现在的位置|所在位置)/,
  /^首页\s*[>›»＞]/,
  /(字号|字体)\s*[:：]?\s*[【[]?\s*[大中小]\s*[】\]]?\s*[【[]?\s*[大中小]/,
  /^[【[]\s*(打印|关闭|收藏|分享|返回顶部|纠错)/,
  /扫一扫|分享到[:：]?|返回顶部/,
  /(浏览|访问|阅读|点击)(次数|量|数)\s*[:：]/,
];

const DATE = /\d{4}\s*[-年/.]\s*\d{1,2}/;
const MAX_CHROME_CHARS = 60;

/** Drops chrome lines and cuts the page tail that starts with 相关链接 / 上一篇 after the tables. */
export function trimPageChrome(lines: readonly DocLine[]): DocLine[] {
  const lastTableRow = lines.findLastIndex((l) => l.fromTable);
  let end = lines.length;
  for (let i = lastTableRow + 1; i < lines.length; i++) {
    const line = lines[i] as DocLine;
    const text = line.cells.join(" ");
    if (!line.fromTable && text.length <= MAX_CHROME_CHARS && END_MARKER.test(text)) {
      end = i;
      break;
    }
  }
  return lines.slice(0, end).filter((line) => {
    if (line.fromTable) return true;
    const text = line.cells.join(" ");
    if (text.length > MAX_CHROME_CHARS) return true;
    // A publication line (发布日期：2025-01-20 浏览次数：12) carries the date the report was published.
    if (DATE.test(text)) return true;
    return !CHROME_LINE.some((re) => re.test(text));
  });
}
