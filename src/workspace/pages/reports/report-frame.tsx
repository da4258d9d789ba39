/**
 * A rendered report page shown as it is published: in a sandboxed frame (no scripts, no access to
 * the workspace), tall enough to read without a second scrollbar on a 768-pixel screen.
 */
export function ReportFrame({ html, title, testId }: { html: string; title: string; testId?: string }) {
  return (
    <iframe
      title={title}
      srcDoc={html}
      sandbox=""
      data-testid={testId}
      style={{ width: "100%", height: "70vh", border: "1px solid #f0f0f0", background: "#fff" }}
    />
  );
}
