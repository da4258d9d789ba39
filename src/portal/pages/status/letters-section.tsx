/** @jsxImportSource hono/jsx */
import { raw } from "hono/html";
import type { PublicLetter } from "../../../services/letters/index.ts";
import { letterHref } from "../../paths.ts";

/**
 * The letter's own title becomes a heading under this section's (h3 rather than the h1 of the
 * letter as a standalone document), so the page keeps one h1 and headings in order; the portal's
 * stylesheet gives `.gk-letter h3` the title's official look.
 */
export function nestLetterTitle(html: string): string {
  return html.replace(/<h1>([\s\S]*?)<\/h1>/, "<h3>$1</h3>");
}

function Letter({ letter, open }: { letter: PublicLetter; open: boolean }) {
  return (
    <details class="letter" open={open}>
      <summary>
        {letter.title}（{letter.documentNumber}，{letter.letterDate}）
        {letter.delivery ? `，已于 ${letter.delivery.deliveredOn} ${letter.delivery.methodLabel}送达` : ""}
      </summary>
      {raw(nestLetterTitle(letter.html))}
      <p class="letter-file">
        <a href={letterHref(letter.id)}>下载 Word 文件：{letter.title}</a>
      </p>
    </details>
  );
}

/** The letters the office sent the applicant, oldest first, the latest unfolded. */
export function LettersSection({ letters }: { letters: PublicLetter[] }) {
  if (letters.length === 0) return null;
  return (
    <section aria-labelledby="letters-title">
      <h2 id="letters-title">告知书和答复书（{letters.length} 份）</h2>
      <p class="muted">
        受理机关出具的文书，内容与送达您的纸质或电子文书相同。点击标题展开或收起，可下载 Word 文件。
      </p>
      {letters.map((letter, i) => (
        <Letter key={letter.id} letter={letter} open={i === letters.length - 1} />
      ))}
    </section>
  );
}
