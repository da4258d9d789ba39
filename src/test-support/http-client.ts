import { CSRF_HEADER } from "../http/session-middleware.ts";

/** Anything that answers requests like a Hono app (`app.request`). */
export interface RequestTarget {
  request: (path: string, init?: RequestInit) => Response | Promise<Response>;
}

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely and assert on them
export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A browser-like client for API tests through `app.request` (no port): keeps the session cookie
 * and sends the CSRF token on state-changing requests, as the workspace does.
 */
export class TestClient {
  private cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(private readonly app: RequestTarget) {}

  /** Signs in; throws with the server's message when that fails. */
  async login(username: string, password: string): Promise<TestResponse> {
    const res = await this.post("/api/auth/login", { username, password });
    if (res.status !== 200) throw new Error(`login of ${username} failed: ${JSON.stringify(res.body)}`);
    this.csrfToken = res.body.csrfToken;
    return res;
  }

  get = (path: string) => this.send("GET", path);
  post = (path: string, body?: unknown) => this.send("POST", path, body);
  put = (path: string, body?: unknown) => this.send("PUT", path, body);
  patch = (path: string, body?: unknown) => this.send("PATCH", path, body);
  delete = (path: string) => this.send("DELETE", path);

  async send(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== "GET") h[CSRF_HEADER] = this.csrfToken;
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      h["content-type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const res = await this.app.request(path, init);
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) {
      const pair = setCookie.split(";")[0] ?? "";
      this.cookie = /=$/.test(pair) || /Max-Age=0/i.test(setCookie) ? undefined : pair;
    }
    const type = res.headers.get("content-type") ?? "";
    const parsed = type.includes("json") ? await res.json() : await res.text();
    return { status: res.status, headers: res.headers, body: parsed };
  }
}
