import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { useLocation } from "react-router";
import { api } from "../api/client.ts";
import type { CalendarStatus } from "../api/types.ts";

const StatusContext = createContext<CalendarStatus | null>(null);

/**
 * `GET /api/calendar/status`, asked again on every screen change (the answer is small): the banner
 * reads it, and `useServerToday()` gives pages the server's China day, so that "overdue" is judged
 * by the server's clock and never by the browser's.
 */
export function CalendarStatusProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [status, setStatus] = useState<CalendarStatus | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again on every screen change
  useEffect(() => {
    let current = true;
    // A failure here must not hide the page: the banner simply stays as it was.
    api.get<CalendarStatus>("/api/calendar/status").then(
      (s) => current && setStatus(s),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [pathname]);
  return <StatusContext.Provider value={status}>{children}</StatusContext.Provider>;
}

export function useCalendarStatus(): CalendarStatus | null {
  return useContext(StatusContext);
}

/** The server's day (YYYY-MM-DD, China time), or null before the first answer. */
export function useServerToday(): string | null {
  return useContext(StatusContext)?.at ?? null;
}
