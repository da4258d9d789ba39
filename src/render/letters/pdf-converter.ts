import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { AppError } from "../../domain/app-error.ts";

/**
 * PDF of a letter, through whatever converter the machine has: LibreOffice prints the Word file
 * (the letter exactly as issued), else headless Chromium prints the HTML. Neither is a dependency
 * of Gongkai; where both are missing the caller gets a Chinese message saying what to do instead.
 */

const run = promisify(execFile);

export type PdfConverter = "soffice" | "chromium";

/** Chromium without a window, a sandbox, a GPU or anything that reaches the network by itself. */
export const HEADLESS_CHROMIUM = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

const COMMANDS: Record<PdfConverter, string[]> = {
  soffice: ["soffice", "libreoffice"],
  chromium: ["chromium", "chromium-browser", "google-chrome"],
};

export const NO_PDF_CONVERTER =
  "本机未安装 PDF 转换程序（LibreOffice 或 Chromium），暂不能生成 PDF。请下载 Word 文件，在 Word 或 WPS 中“另存为 PDF”；如需在线生成，请系统管理员安装 LibreOffice（例如 apt-get install libreoffice-writer-nogui）。";

/** The executable of a converter on PATH, or null. */
export function findConverter(converter: PdfConverter, path = process.env.PATH ?? ""): string | null {
  for (const dir of path.split(delimiter)) {
    if (dir === "") continue;
    for (const name of COMMANDS[converter]) {
      const file = join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export interface PdfSource {
  /** The issued Word file (what LibreOffice converts). */
  docx: Uint8Array;
  /** The standalone HTML page of the same letter (what Chromium prints). */
  html: string;
}

/**
 * The letter as PDF, by the first converter found of `order`.
 * @throws AppError CONFLICT with NO_PDF_CONVERTER when none is installed; INTERNAL when conversion fails.
 */
export async function letterPdf(
  source: PdfSource,
  order: readonly PdfConverter[] = ["soffice", "chromium"],
): Promise<{ pdf: Uint8Array; converter: PdfConverter }> {
  for (const converter of order) {
    const executable = findConverter(converter);
    if (executable === null) continue;
    const dir = await mkdtemp(join(tmpdir(), "gongkai-letter-pdf-"));
    try {
      const pdf =
        converter === "soffice"
          ? await viaSoffice(executable, dir, source)
          : await viaChromium(executable, dir, source);
      return { pdf, converter };
    } catch (err) {
      throw new AppError("INTERNAL", "生成 PDF 失败，请稍后重试，或下载 Word 文件后另存为 PDF", {
        converter,
        cause: String((err as Error).message ?? err),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  throw new AppError("CONFLICT", NO_PDF_CONVERTER);
}

async function viaSoffice(executable: string, dir: string, source: PdfSource): Promise<Uint8Array> {
  const input = join(dir, "letter.docx");
  await writeFile(input, source.docx);
  await run(
    executable,
    [
      // A profile of its own: a second LibreOffice (another conversion, a desktop session) would lock it.
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      input,
    ],
    { timeout: 120_000 },
  );
  return new Uint8Array(await readFile(join(dir, "letter.pdf")));
}

async function viaChromium(executable: string, dir: string, source: PdfSource): Promise<Uint8Array> {
  const input = join(dir, "letter.html");
  const output = join(dir, "letter.pdf");
  await writeFile(input, source.html);
  await run(
    executable,
    [
      ...HEADLESS_CHROMIUM,
      `--user-data-dir=${join(dir, "profile")}`,
      "--no-pdf-header-footer",
      `--print-to-pdf=${output}`,
      pathToFileURL(input).href,
    ],
    { timeout: 120_000 },
  );
  return new Uint8Array(await readFile(output));
}
