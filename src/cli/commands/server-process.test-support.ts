import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { systemActor } from "../../services/actor.ts";
import { createAgency } from "../../services/agencies/agencies.ts";
import { chinaDate } from "../../services/applications/index.ts";
import type { ServiceContext } from "../../services/context.ts";
import { addUser } from "../../services/users/users.ts";

/**
 * The real `gongkai` command as a child process (what `npm start` and operators run), for tests that
 * need a server to crash, a port to collide, or a backup to run beside it.
 */

export const GONGKAI_BIN = resolve(import.meta.dirname, "../../../bin/gongkai.js");

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? done(address.port) : fail(new Error("no port")),
      );
    });
  });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `gongkai …args` to its end. */
export function runGongkai(args: string[], env: Record<string, string>): Promise<Finished> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [GONGKAI_BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8");
    child.stderr.setEncoding("utf8");
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.once("error", fail);
    child.once("close", (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

export interface ServerProcess {
  /** `http://127.0.0.1:PORT` */
  base: string;
  child: ChildProcess;
  stdout: () => string;
  /** Ends the process with `signal` and waits for it to be gone. */
  stop: (signal?: NodeJS.Signals) => Promise<Finished>;
}

/**
 * Starts `gongkai serve [extra…]` on a free port over `databaseUrl` and resolves once it says it
 * listens (rejects with its output if it exits first or takes longer than `timeoutMs`).
 */
export async function startServerProcess(
  databaseUrl: string,
  extra: string[] = [],
  timeoutMs = 240_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [GONGKAI_BIN, "serve", "--port", String(port), ...extra], {
    env: { ...process.env, DATABASE_URL: databaseUrl, HOST: "127.0.0.1" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8");
  child.stderr?.setEncoding("utf8");
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<Finished>((done) =>
    child.once("exit", (code, signal) => done({ code, signal, stdout, stderr })),
  );
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`server not up after ${timeoutMs} ms:\n${stdout}\n${stderr}`)),
      timeoutMs,
    );
    const check = () => {
      if (/已启动：/.test(stdout)) {
        clearTimeout(timer);
        child.stdout?.off("data", check);
        ready();
      }
    };
    child.stdout?.on("data", check);
    void exited.then((f) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${f.code ?? f.signal}) before listening:\n${f.stdout}\n${f.stderr}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    stdout: () => stdout,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** A staff member's session over real HTTP: cookie and CSRF token as the workspace keeps them. */
export class HttpSession {
  private cookie = "";
  private csrf = "";

  constructor(private readonly base: string) {}

  async login(username: string, password: string): Promise<void> {
    const res = await this.send("POST", "/api/auth/login", { username, password });
    if (res.status !== 200)
      throw new Error(`login of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrf = (res.body as { csrfToken: string }).csrfToken;
  }

  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies freely
  async send(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers["x-csrf-token"] = this.csrf;
    const res = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const text = await res.text();
    return {
      status: res.status,
      body: text.startsWith("{") || text.startsWith("[") ? JSON.parse(text) : text,
    };
  }
}

export const CLERK = { username: "proc-clerk", password: "process test password 1" };

/** An agency `proc` with one clerk, created through the services before a server starts. */
export async function seedClerk(ctx: ServiceContext): Promise<void> {
  const system = systemActor("test");
  await createAgency(ctx, system, {
    id: "proc",
    parentId: null,
    level: "county",
    name: "进程测试县人民政府",
  });
  await addUser(ctx, system, {
    agencyId: "proc",
    username: CLERK.username,
    displayName: "测试承办人",
    roles: ["clerk", "reviewer"],
    password: CLERK.password,
  });
}

/** A counter registration as the workspace sends it. */
export function registration(today: string, i: number) {
  return {
    receipt: { channel: "inPerson", submittedOn: today },
    applicant: {
      type: "naturalPerson",
      name: `申请人${i}`,
      idType: "residentId",
      idNumber: "11010519491231002X",
      phone: "13800138000",
    },
    description: `第 ${i} 件：青禾县征收补偿方案`,
    requestedForm: "paper",
    delivery: "collect",
  };
}

export interface Acknowledged {
  id: string;
  number: string;
  /** Ledger events acknowledged for it: 1 after registration, 2 after the step. */
  events: number;
}

/** Writes from `workers` parallel clients until `stop()`; returns what was acknowledged. */
export function writeLoop(base: string, workers: number) {
  const acknowledged = new Map<string, Acknowledged>();
  let running = true;
  let attempts = 0;
  const today = chinaDate(new Date());
  const worker = async (w: number) => {
    const session = new HttpSession(base);
    await session.login(CLERK.username, CLERK.password);
    for (let i = 0; running; i++) {
      attempts += 1;
      try {
        const created = await session.send("POST", "/api/applications", registration(today, w * 100_000 + i));
        if (created.status !== 201) throw new Error(`registration refused: ${JSON.stringify(created.body)}`);
        const app = created.body.application;
        acknowledged.set(app.id, { id: app.id, number: app.number, events: 1 });
        const step = await session.send("POST", `/api/applications/${app.id}/events`, {
          expectedVersion: app.version,
          event: {
            type: "confidentialityReviewed",
            date: today,
            reviewer: "测试审核人",
            conclusion: "releasable",
          },
        });
        if (step.status !== 200) throw new Error(`step refused: ${JSON.stringify(step.body)}`);
        acknowledged.set(app.id, { id: app.id, number: app.number, events: 2 });
      } catch (err) {
        // The connection dies with the server: whatever was in flight is not acknowledged.
        if (running && !(err instanceof TypeError)) throw err;
        return;
      }
    }
  };
  const done = Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
  return {
    acknowledged,
    attempts: () => attempts,
    done,
    stop: () => {
      running = false;
    },
  };
}
