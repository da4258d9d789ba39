import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { ApiError, api, onSessionEnded, setCsrfToken } from "../api/client.ts";
import type { Me, Role } from "../api/types.ts";

/**
 * The signed-in staff member. `GET /api/auth/me` restores the session on reload; a 401 from any
 * request ends it here, and the login page shows why (`endedMessage`).
 */
export interface Session {
  /** undefined while the first /api/auth/me is on its way; null when signed out. */
  me: Me | null | undefined;
  endedMessage: string | null;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  /** After a password change the server issues a new CSRF token. */
  replaceCsrfToken(token: string): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [endedMessage, setEndedMessage] = useState<string | null>(null);

  // Whether a session was in use: a 401 then means it ended; before (the first /api/auth/me of a
  // visitor who never signed in) it only means "not signed in", which needs no message.
  const signedIn = useRef(false);
  const accept = useCallback((next: Me | null) => {
    signedIn.current = next !== null;
    setCsrfToken(next?.csrfToken ?? null);
    setMe(next);
  }, []);

  useEffect(() => {
    onSessionEnded((message) => {
      if (signedIn.current) {
        setEndedMessage(message === "请先登录" ? "登录已过期或已在别处结束，请重新登录" : message);
      }
      accept(null);
    });
    api
      .get<Me>("/api/auth/me")
      .then(accept)
      .catch((err: unknown) => {
        if (!(err instanceof ApiError && err.status === 401))
          setEndedMessage("无法连接服务器，请稍后刷新页面");
        accept(null);
      });
  }, [accept]);

  const value = useMemo<Session>(
    () => ({
      me,
      endedMessage,
      async login(username, password) {
        const next = await api.post<Me>("/api/auth/login", { username, password });
        setEndedMessage(null);
        accept(next);
      },
      async logout() {
        await api.post("/api/auth/logout").catch(() => undefined);
        setEndedMessage(null);
        accept(null);
      },
      replaceCsrfToken(token) {
        setCsrfToken(token);
        setMe((current) => (current ? { ...current, csrfToken: token } : current));
      },
    }),
    [me, endedMessage, accept],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}

/** The signed-in user (inside the shell, where a session always exists). */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error("useMe without a session");
  return me;
}

/** Whether the user has any of the roles. */
export function hasAnyRole(me: Me, roles: readonly Role[]): boolean {
  return me.user.roles.some((r) => roles.includes(r));
}
