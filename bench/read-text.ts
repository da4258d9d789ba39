/**
 * How many reports per second readText reads on one core, over the zunhuadian fixture and a variant
 * with large numbers in every table cell, against a baseline measured in the same run: reading the
 * same strings and splitting them into lines. Run: npx tsx bench/read-text.ts
 */
import { readFileSync } from "node:fs";
import { readText } from "../src/ingest/text/index.ts";

const fixture = readFileSync(
  new URL("../src/ingest/text/fixtures/zunhuadian-2023.txt", import.meta.url),
  "utf8",
);
// Every table cell becomes a 4–7 digit number: the same layout with realistic magnitudes.
let n = 0;
const large = fixture.replace(/(?<=\t)0(?=\t|\n|$)/g, () => String(1000 + ((n++ * 7919) % 9_000_000)));

/** Distinct strings, so that nothing is read from a cache of the previous identical input. */
function variants(text: string): string[] {
  return Array.from(
    { length: 256 },
    (_, i) => text.replace("2023 年", `2023 年${"\u3000".repeat(i % 8)}`) + "\n".repeat(i % 5),
  );
}

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * Operations per CPU-second of `work` and of `baseline`, measured in alternating slices so that a
 * busy machine slows both alike; CPU time, not wall time, so waiting for the core does not count.
 */
function rates(
  inputs: string[],
  work: (s: string) => number,
  baseline: (s: string) => number,
): [number, number] {
  let sink = 0;
  const spent = [0, 0];
  const done = [0, 0];
  const fns = [work, baseline];
  for (let i = 0; i < 2000; i++)
    sink += work(inputs[i % inputs.length] as string) + baseline(inputs[i % inputs.length] as string);
  for (let round = 0; round < 40; round++) {
    for (let k = 0; k < 2; k++) {
      const fn = fns[k] as (s: string) => number;
      const batch = k === 0 ? 200 : 5000;
      const start = cpuSeconds();
      for (let i = 0; i < batch; i++) sink += fn(inputs[(round * batch + i) % inputs.length] as string);
      spent[k] = (spent[k] as number) + cpuSeconds() - start;
      done[k] = (done[k] as number) + batch;
    }
  }
  if (sink === -1) console.log(sink);
  return [(done[0] as number) / (spent[0] as number), (done[1] as number) / (spent[1] as number)];
}

const read = (s: string) => readText(s).findings.length + 1;
const split = (s: string) => s.split("\n").length;

console.log(
  'readText on one core (CPU time); baseline: the same strings split into lines, text.split("\\n")',
);
for (const [name, text] of [
  ["zunhuadian-2023.txt", fixture],
  ["large-number variant", large],
] as const) {
  const [reports, base] = rates(variants(text), read, split);
  console.log(
    `${name.padEnd(22)} ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB  ${Math.round(reports).toLocaleString("en")} reports/s` +
      `  (${(1e6 / reports).toFixed(0)} µs each)  baseline ${Math.round(base).toLocaleString("en")}/s` +
      `  ratio ${(base / reports).toFixed(1)}× the baseline's time`,
  );
}
