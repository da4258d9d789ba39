/** An HTML answer of the API as text (the JSON client is for JSON); the server's Chinese message on failure. */
export async function fetchHtml(url: string): Promise<string> {
  const res = await fetch(url, { credentials: "same-origin" });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `报告页面生成失败（${res.status}），请稍后重试`);
  }
  return res.text();
}
