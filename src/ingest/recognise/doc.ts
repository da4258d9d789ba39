import type { DocLine } from "../types.ts";
import { type ParsedLine, parseLine } from "./line-parse.ts";

/**
 * The cleaned document with each line parsed on first use: most lines are prose that no table and no
 * heading needs parsed, and parsing them all would cost more than the whole rest of the read.
 */
export class ParsedDoc {
  readonly texts: string[];
  private readonly parsed: (ParsedLine | undefined)[];

  constructor(private readonly lines: DocLine[]) {
    this.texts = lines.map((l) => (l.cells.length === 1 ? (l.cells[0] as string) : l.cells.join(" ").trim()));
    this.parsed = new Array(lines.length);
  }

  get length(): number {
    return this.lines.length;
  }

  line(i: number): ParsedLine {
    let p = this.parsed[i];
    if (p === undefined) {
      p = parseLine(this.lines[i] as DocLine, i);
      this.parsed[i] = p;
    }
    return p;
  }

  /** Lines [from, to) parsed. */
  slice(from: number, to: number): ParsedLine[] {
    const out: ParsedLine[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.line(i));
    return out;
  }

  fromTable(i: number): boolean {
    return this.lines[i]?.fromTable === true;
  }
}
