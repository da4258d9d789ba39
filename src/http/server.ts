import { type ServerType, serve } from "@hono/node-server";
import type { Db } from "../db/connect.ts";
import { createApp } from "./app.ts";
import { API_ROUTES } from "./routes/index.ts";

export interface ServerOptions {
  port: number;
  host: string;
  /** Where unexpected errors are written (stderr by default). */
  logError?: (err: unknown) => void;
}

/** Serves the whole product (API, public portal, staff workspace) on one port. */
export function startServer(opened: Db, options: ServerOptions): Promise<ServerType> {
  const app = createApp(
    {
      db: opened.db,
      clock: () => new Date(),
      logError: options.logError ?? ((err) => console.error(err)),
    },
    API_ROUTES,
  );
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(server),
    );
  });
}
