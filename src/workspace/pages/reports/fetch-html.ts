/** An HTML answer of the API as text (the JSON client is for JSON); the server's Chinese message on failure. */
export async function fetchHtml(url: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: "same-origin" });
  } catch {
    // The browser's own words ("Failed to fetch") are English: say it in ours.
    throw new Error("无法连接服务器，请检查网络或稍后重试");
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `报告页面生成失败（${res.status}），请稍后重试`);
  }
  return res.text();
}
