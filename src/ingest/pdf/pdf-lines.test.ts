import { describe, expect, it } from "vitest";
import { loadPdf } from "./load-pdf.ts";
import { pagesToLines } from "./pdf-lines.ts";
import { grid, text, tinyPdf } from "./tiny-pdf.fixture.ts";

const linesOf = async (pages: string[]) => pagesToLines(await loadPdf(tinyPdf(pages)));

describe("pagesToLines on hand-written PDFs", () => {
  it("rebuilds a ruled table with a cell merged down and one merged across", async () => {
    // Rows at y 700/680/660/640, columns at x 100/200/260/320. Cell (0,0) spans rows 0-1; cell (2,1)
    // spans columns 1-2.
    const page = [
      grid([700, 680, 660, 640], [100, 200, 260, 320], ["h:0:0", "v:2:1"]),
      text(105, 685, "Group"),
      text(205, 686, "1"),
      text(265, 686, "2"),
      text(205, 666, "3"),
      text(265, 666, "4"),
      text(105, 645, "Total"),
      text(205, 646, "10"),
    ].join("\n");
    expect(await linesOf([page])).toEqual([
      { cells: ["Group", "1", "2"], fromTable: true },
      { cells: ["Group", "3", "4"], fromTable: true },
      { cells: ["Total", "10"], fromTable: true },
    ]);
  });

  it("joins a label wrapped over two lines inside its cell", async () => {
    const page = [
      grid([700, 670, 650], [100, 200, 240]),
      text(105, 688, "Part of a long"),
      text(105, 676, "label"),
      text(205, 682, "7"),
      text(105, 655, "Next"),
      text(205, 655, "8"),
    ].join("\n");
    expect(await linesOf([page])).toEqual([
      { cells: ["Part of a long label", "7"], fromTable: true },
      { cells: ["Next", "8"], fromTable: true },
    ]);
  });

  it("drops page numbers, joins a paragraph across a page break, keeps headings apart", async () => {
    const full = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod";
    const page1 = [
      text(72, 760, "Heading"),
      text(72, 740, full),
      text(72, 726, full),
      text(280, 40, "- 1 -"),
    ];
    const page2 = [text(72, 780, "tempor."), text(90, 760, "Next paragraph."), text(280, 40, "- 2 -")];
    const lines = await linesOf([page1.join("\n"), page2.join("\n")]);
    expect(lines.map((l) => l.cells[0])).toEqual(["Heading", `${full} ${full} tempor.`, "Next paragraph."]);
  });

  it("fills the merged cells of a table continued on the next page", async () => {
    const header = [
      grid([700, 680], [100, 160, 260, 300]),
      text(105, 685, "Outer"),
      text(165, 685, "a"),
      text(265, 685, "1"),
    ];
    const cont = [
      grid([800, 780, 760], [100, 160, 260, 300], ["h:0:0"]),
      text(165, 785, "b"),
      text(265, 785, "2"),
    ];
    cont.push(text(165, 765, "c"), text(265, 765, "3"));
    const lines = await linesOf([header.join("\n"), cont.join("\n")]);
    expect(lines.map((l) => l.cells)).toEqual([
      ["Outer", "a", "1"],
      ["Outer", "b", "2"],
      ["Outer", "c", "3"],
    ]);
  });
});

describe("pagesToLines on a table printed without borders", () => {
  it("splits rows at the column gutters and gives wrapped labels to the row their geometry says", async () => {
    const page = [
      text(72, 760, "Heading of the table"),
      // A labelled row.
      text(72, 730, "Received"),
      text(300, 730, "3001"),
      text(360, 730, "53"),
      text(420, 730, "3119"),
      // A label wrapped above and below its numbers, which sit between the two lines.
      text(72, 706, "Partly disclosed (counted"),
      text(300, 701, "447"),
      text(360, 701, "7"),
      text(420, 701, "454"),
      text(72, 696, "only once)"),
      // A labelled row whose label continues on the line under it.
      text(72, 670, "Other handling of"),
      text(300, 670, "108"),
      text(360, 670, "2"),
      text(420, 670, "110"),
      text(72, 660, "the applications"),
      text(72, 620, "Closing paragraph."),
    ].join("\n");
    expect(await linesOf([page])).toEqual([
      { cells: ["Heading of the table"], fromTable: false },
      { cells: ["Received", "3001", "53", "3119"], fromTable: true },
      { cells: ["Partly disclosed (counted only once)", "447", "7", "454"], fromTable: true },
      { cells: ["Other handling of the applications", "108", "2", "110"], fromTable: true },
      { cells: ["Closing paragraph."], fromTable: false },
    ]);
  });
});
