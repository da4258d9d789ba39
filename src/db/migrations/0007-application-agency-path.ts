import { type Kysely, sql } from "kysely";
import { dialectOf } from "../dialect.ts";
import { binaryText } from "./helpers.ts";

/**
 * Applications carry their agency's materialised path, so that a supervisor's subtree is a range on
 * a column of the table itself, and two partial indexes of open applications serve its lists from
 * the index alone: in due order with the path inside (a province: the walk stops after the first
 * page), and by path then due date (a city or a county: a short range, counted and sorted in the
 * index). Filtering by `agency_id IN (subtree)` left the planners to guess the size of the list, and
 * SQLite guessed small: a province's list read every application, closed ones included.
 * The database fills the column on insert from `agencies` — whoever writes the row — and agencies
 * never move in the tree, so the copy never goes stale. Frozen: never edit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("applications").addColumn("agency_path", binaryText(db)).execute();
  await sql`update applications set agency_path =
    (select path from agencies where agencies.id = applications.agency_id)`.execute(db);
  if (dialectOf(db) === "postgres") {
    await sql`create function applications_agency_path() returns trigger language plpgsql as $$
      begin
        new.agency_path := (select path from agencies where id = new.agency_id);
        return new;
      end $$`.execute(db);
    await sql`create trigger applications_agency_path before insert or update of agency_id on applications
      for each row execute function applications_agency_path()`.execute(db);
  } else {
    await sql`create trigger applications_agency_path after insert on applications
      begin
        update applications set agency_path = (select path from agencies where id = new.agency_id)
          where id = new.id;
      end`.execute(db);
    await sql`create trigger applications_agency_path_moved after update of agency_id on applications
      begin
        update applications set agency_path = (select path from agencies where id = new.agency_id)
          where id = new.id;
      end`.execute(db);
  }
  await db.schema.dropIndex("applications_open_due_all_idx").execute();
  // A large subtree (a province): walk the open applications in due order, test the path in the index.
  await db.schema
    .createIndex("applications_open_due_path_idx")
    .on("applications")
    .columns(["due_sort", "id", "agency_path"])
    .where(sql.ref("closed_on"), "is", null)
    .execute();
  // A smaller subtree (a city, a county): its range of paths, counted and sorted from the index alone.
  await db.schema
    .createIndex("applications_open_path_due_idx")
    .on("applications")
    .columns(["agency_path", "due_sort", "id"])
    .where(sql.ref("closed_on"), "is", null)
    .execute();
}
