import type { RenderedReport } from "../../services/reports/index.ts";

/**
 * A rendered report as an HTTP response. `attachment` offers it for download under its Chinese name
 * (RFC 6266 `filename*`, with a plain ASCII `filename` for clients that ignore it); `inline` shows it
 * in the page (the public HTML fragment).
 */
export function reportFileResponse(
  file: RenderedReport,
  disposition: "attachment" | "inline",
  cache: "private" | "public",
): Response {
  const ascii = `annual-report.${file.filename.split(".").pop() ?? "bin"}`;
  const headers: Record<string, string> = {
    "content-type": file.contentType,
    "content-length": String(file.bytes.length),
    "x-content-type-options": "nosniff",
    "cache-control": cache === "private" ? "private, no-store" : "public, max-age=300",
  };
  if (disposition === "attachment") {
    headers["content-disposition"] =
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`;
  }
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
