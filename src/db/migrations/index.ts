import type { Migration } from "kysely";
import * as m0001 from "./0001-agencies-users-sessions.ts";
import * as m0002 from "./0002-audit-log.ts";
import * as m0003 from "./0003-calendar-years.ts";
import * as m0004 from "./0004-registers.ts";
import * as m0005 from "./0005-applications.ts";
import * as m0006 from "./0006-annual-reports.ts";
import * as m0007 from "./0007-application-agency-path.ts";
import * as m0009 from "./0009-applications-closed-index.ts";
import * as m0010 from "./0010-report-applications-index.ts";
import * as m0011 from "./0011-letters.ts";

/**
 * Every migration, in order. To add one: create `NNNN-what-it-does.ts` beside this file with the
 * next number, exporting `up(db)` (and no `down`: we roll forward), import it here and append it.
 * A landed migration is frozen: to change a table, add a new migration. The key is what the
 * `kysely_migration` table records; Kysely applies keys in string order and refuses a database that
 * ran migrations this list does not know, or in another order.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "0001-agencies-users-sessions": m0001,
  "0002-audit-log": m0002,
  "0003-calendar-years": m0003,
  "0004-registers": m0004,
  "0005-applications": m0005,
  "0006-annual-reports": m0006,
  "0007-application-agency-path": m0007,
  "0009-applications-closed-index": m0009,
  "0010-report-applications-index": m0010,
  "0011-letters": m0011,
};
