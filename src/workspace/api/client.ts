/**
 * The workspace's only way to the server: JSON over /api with the session cookie, the CSRF token on
 * every change, and one error type carrying the server's Chinese message and field issues.
 */

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** An error answer of the API (`{ error: { code, message, issues? } }`), or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;
let onUnauthenticated: (message: string) => void = () => {};

/** Keeps the session's CSRF token (from login, /api/auth/me or a password change). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when any request answers 401: the session ended, go back to the login page. */
export function onSessionEnded(handler: (message: string) => void): void {
  onUnauthenticated = handler;
}

/** `/api/x?a=1&b=2`, leaving out empty values. */
function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: payload, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "NETWORK", "无法连接服务器，请检查网络或稍后重试");
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return data as T;
  const error = (data as { error?: { code?: string; message?: string; issues?: FieldIssue[] } } | null)
    ?.error;
  const failure = new ApiError(
    response.status,
    error?.code ?? "INTERNAL",
    error?.message ?? `服务器出错（${response.status}），请稍后重试`,
    error?.issues ?? [],
  );
  // The login call itself answers 401 for a wrong password: that is not a session ending.
  if (response.status === 401 && url !== "/api/auth/login") onUnauthenticated(failure.message);
  throw failure;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>("GET", apiUrl(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>("PUT", path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>("PATCH", path, body ?? {}),
  delete: <T>(path: string) => request<T>("DELETE", path),
};

/** The message to show for anything thrown by an API call. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return "操作失败，请稍后重试";
}
