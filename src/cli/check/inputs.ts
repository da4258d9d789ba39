import { opendir, stat } from "node:fs/promises";
import { extname, join } from "node:path";

/**
 * Extensions looked at inside directories: the report formats, and pages saved from websites under
 * their server's extension. A file with no extension is read too and judged by its content; other
 * files in a folder (images, spreadsheets, scripts) are left alone. A file named on the command line
 * is always checked, whatever its name.
 */
export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set([
  ".txt",
  ".md",
  ".html",
  ".htm",
  ".docx",
  ".doc",
  ".pdf",
  ".shtml",
  ".xhtml",
  ".jhtml",
  ".asp",
  ".aspx",
  ".jsp",
  ".php",
]);

const EXTENSION_LIST = ".txt、.md、.html、.htm、.docx、.doc、.pdf";

/** Numbers in names compare as numbers (报告2 before 报告10), as a file manager lists them. */
const NAME_ORDER = new Intl.Collator("en", { numeric: true });

/** One thing to check: a file, or an input that could not even be opened (`problem`, in Chinese). */
export interface InputEntry {
  file: string;
  problem?: string;
}

/** Whether a file found inside a directory is checked. */
export function isCandidate(name: string): boolean {
  if (name.startsWith(".")) return false;
  const ext = extname(name).toLowerCase();
  return ext === "" || REPORT_EXTENSIONS.has(ext);
}

/**
 * The files to check, in a stable order: the inputs as given, each directory walked depth-first in
 * name order (numbers as numbers) (hidden entries skipped; links to files followed, links to folders not, as `find` does,
 * so a link back up the tree cannot loop or list a file twice). A missing path, an unreadable
 * directory or a directory without candidate files becomes an entry with a `problem`, so that it is
 * reported in its place and the rest of the batch is still checked. Only paths are held, never file
 * contents, so a list of many thousand files stays small.
 */
export async function expandInputs(inputs: readonly string[]): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  for (const input of inputs) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      entries.push({ file: input, problem: openProblem(input, error) });
      continue;
    }
    if (!info.isDirectory()) {
      entries.push({ file: input });
      continue;
    }
    const before = entries.length;
    await walk(input, entries);
    if (entries.length === before) {
      entries.push({
        file: input,
        problem: `目录 ${input} 中没有可核查的报告文件（${EXTENSION_LIST} 或无扩展名的文件）；请检查目录是否选对`,
      });
    }
  }
  return entries;
}

async function walk(dir: string, out: InputEntry[]): Promise<void> {
  const names: { name: string; isDirectory: boolean; isFile: boolean; isLink: boolean }[] = [];
  try {
    for await (const d of await opendir(dir)) {
      names.push({
        name: d.name,
        isDirectory: d.isDirectory(),
        isFile: d.isFile(),
        isLink: d.isSymbolicLink(),
      });
    }
  } catch (error) {
    out.push({ file: dir, problem: openProblem(dir, error) });
    return;
  }
  names.sort((a, b) => NAME_ORDER.compare(a.name, b.name) || (a.name < b.name ? -1 : 1));
  for (const entry of names) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    let isFile = entry.isFile;
    if (entry.isLink) {
      // A dangling link, or one to a folder, is not an input anyone named.
      isFile = (await stat(path).catch(() => null))?.isFile() ?? false;
    }
    if (entry.isDirectory) await walk(path, out);
    else if (isFile && isCandidate(entry.name)) out.push({ file: path });
  }
}

function openProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return `找不到文件或目录 ${path}，请检查路径是否正确`;
  if (code === "EACCES" || code === "EPERM") return `没有权限读取 ${path}，请检查文件权限`;
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `无法打开 ${path}（${reason}）`;
}
