import * as cheerio from "cheerio";
import type { AgencyLevel } from "../db/schema.ts";
import { type AppDeps, createApp } from "../http/app.ts";
import { createPublicLimits, type PublicLimits } from "../http/routes/applications-limits.ts";
import { applicationPublicRoutes } from "../http/routes/applications-public.ts";
import { systemActor } from "../services/actor.ts";
import { createAgency } from "../services/agencies/agencies.ts";
import type { ServiceContext } from "../services/context.ts";
import type { TestDb } from "../test-support/dialects.ts";
import { portalRoutes } from "./index.ts";

/**
 * The portal over a sample agency tree with a clock the test moves, and a small browser for it:
 * a cookie jar that honours paths and deletions, forms posted as a browser posts them, pages read
 * with cheerio. The API's public routes share the portal's limits, as in the server.
 */

export interface Visit {
  status: number;
  headers: Headers;
  location: string | null;
  html: string;
  $: cheerio.CheerioAPI;
}

interface StoredCookie {
  value: string;
  path: string;
}

/** A browser with its own cookies and client address. */
export class TestBrowser {
  private readonly jar = new Map<string, StoredCookie>();

  constructor(
    private readonly app: {
      request: (path: string, init: RequestInit, env: unknown) => Response | Promise<Response>;
    },
    readonly address: string,
  ) {}

  get(path: string): Promise<Visit> {
    return this.send(path, { method: "GET" });
  }

  /** Posts text fields (urlencoded), or a FormData with files (multipart), as a form does. */
  post(path: string, form: Record<string, string> | FormData): Promise<Visit> {
    const body = form instanceof FormData ? form : new URLSearchParams(form);
    return this.send(path, { method: "POST", body });
  }

  cookie(name: string): string | undefined {
    return this.jar.get(name)?.value;
  }

  setCookie(name: string, value: string, path = "/"): void {
    this.jar.set(name, { value, path });
  }

  private async send(path: string, init: RequestInit): Promise<Visit> {
    const pathname = new URL(path, "http://portal.test").pathname;
    const cookies = [...this.jar]
      .filter(
        ([, c]) => pathname === c.path || pathname.startsWith(c.path.endsWith("/") ? c.path : `${c.path}/`),
      )
      .map(([name, c]) => `${name}=${c.value}`);
    const headers = new Headers(init.headers);
    if (cookies.length > 0) headers.set("cookie", cookies.join("; "));
    const response = await this.app.request(
      `http://portal.test${path}`,
      { ...init, headers },
      { incoming: { socket: { remoteAddress: this.address } } },
    );
    for (const line of response.headers.getSetCookie()) this.store(line);
    const html = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      location: response.headers.get("location"),
      html,
      $: cheerio.load(html),
    };
  }

  private store(line: string): void {
    const [pair = "", ...attributes] = line.split(";").map((s) => s.trim());
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq);
    const attr = (key: string) =>
      attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
    if (attr("max-age") === "0" || /1970/.test(attr("expires") ?? "")) {
      this.jar.delete(name);
      return;
    }
    this.jar.set(name, { value: pair.slice(eq + 1), path: attr("path") ?? "/" });
  }
}

const AGENCIES: [suffix: string, parent: string | null, level: AgencyLevel, name: string][] = [
  ["", null, "city", "甲市人民政府"],
  [".k1", "", "county", "甲市一县人民政府"],
  [".k1.edu", ".k1", "department", "一县教育局"],
  [".k1.fin", ".k1", "department", "一县财政局"],
  [".k1.t1", ".k1", "township", "一县东镇人民政府"],
  [".k2", "", "county", "甲市二县人民政府"],
];

/** The county whose contact details the guide prints. */
export const K1_DETAILS = {
  shortName: "一县",
  address: "一县城关镇府前路 1 号",
  postalCode: "650100",
  phone: "0870-6121001",
  reconsiderationBody: "甲市人民政府",
  court: "甲市中级人民法院",
};

/**
 * A small tree, built through the agency service as the system (no staff accounts: the portal has
 * no login, and steps are taken as the system): a city, two counties, departments and a township.
 */
export async function createPortalTree(ctx: ServiceContext, prefix: string) {
  const system = systemActor("test");
  const id = (suffix: string) => `${prefix}${suffix}`;
  for (const [suffix, parent, level, name] of AGENCIES) {
    await createAgency(ctx, system, {
      id: id(suffix),
      parentId: parent === null ? null : id(parent),
      level,
      name,
      ...(suffix === ".k1" ? K1_DETAILS : {}),
    });
  }
  return { id, system };
}

/** The portal app over a fresh tree (`prefix` keeps trees apart in one database). */
export async function portalApp(db: TestDb, prefix: string, day = "2026-03-02") {
  let now = new Date(`${day}T02:00:00.000Z`);
  const deps: AppDeps = {
    db: db.db,
    clock: () => new Date(now.getTime()),
    logError: (e) => console.error(e),
  };
  const tree = await createPortalTree(deps, prefix);
  const limits: PublicLimits = createPublicLimits(() => now.getTime());
  const app = createApp(deps, [applicationPublicRoutes(limits), portalRoutes({ limits })]);
  let addresses = 0;
  return {
    app,
    tree,
    ctx: { db: db.db, clock: deps.clock },
    /** A new browser, from its own address unless one is given. */
    browser: (address = `198.51.100.${++addresses}`) => new TestBrowser(app, address),
    /** Moves the clock to a day (02:00 UTC, 10:00 in China) or an instant. */
    setNow: (next: string) => {
      now = new Date(next.length === 10 ? `${next}T02:00:00.000Z` : next);
    },
  };
}

/** The visible text of an element, whitespace collapsed. */
export function textOf($: cheerio.CheerioAPI, selector: string): string {
  return $(selector).text().replace(/\s+/g, " ").trim();
}

/** A valid application form for a natural person (override any field). */
export function personForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    applicantType: "naturalPerson",
    name: "王小明",
    idType: "residentId",
    idNumber: "11010519491231002X",
    phone: "13800138000",
    email: "",
    address: "某市某区某街 1 号",
    postalCode: "100000",
    creditCode: "",
    legalRepresentative: "",
    contactPerson: "",
    description: "2025 年本县老旧小区改造项目的立项批复文件",
    purpose: "",
    requestedForm: "paper",
    delivery: "post",
    ...overrides,
  };
}

/** The same form as multipart, with files, as a browser sends it from the application page. */
export function multipart(fields: Record<string, string>, files: { name: string; bytes: Uint8Array }[] = []) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (files.length === 0) form.append("attachments", new File([], ""));
  for (const f of files) form.append("attachments", new File([f.bytes as Uint8Array<ArrayBuffer>], f.name));
  return form;
}
