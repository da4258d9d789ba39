import type { NormativeDocumentKind } from "../../db/schema.ts";
import { requireAgency } from "../access.ts";
import type { ServiceContext } from "../context.ts";
import { NORMATIVE_KIND_LABELS } from "./register-labels.ts";

/** One entry of the public catalogue: what the portal shows, without the register's bookkeeping. */
export interface CatalogueEntry {
  id: string;
  kind: NormativeDocumentKind;
  kindLabel: string;
  title: string;
  docNumber: string | null;
  issuedOn: string;
  url: string | null;
  /** The register holds the full text (the portal may offer it). */
  hasFullText: boolean;
}

export interface PublicCatalogue {
  agency: { id: string; name: string };
  /** The day the catalogue is for (`YYYY-MM-DD`). */
  inForceOn: string;
  items: CatalogueEntry[];
}

/**
 * The rules and normative documents of one agency in force on `on` (issued by then and not
 * abolished on or before it), rules first, newest first: the catalogue the portal publishes (条例
 * 第二十条). The register is public by nature, so no actor is needed.
 * @throws AppError NOT_FOUND for an unknown agency.
 */
export async function publicCatalogue(
  ctx: ServiceContext,
  agencyId: string,
  on: string,
): Promise<PublicCatalogue> {
  const agency = await requireAgency(ctx.db, agencyId);
  const rows = await ctx.db
    .selectFrom("normative_documents")
    .select(["id", "kind", "title", "doc_number", "issued_on", "url"])
    .select((eb) => eb("full_text", "is not", null).as("has_full_text"))
    .where("agency_id", "=", agencyId)
    .where("issued_on", "<=", on)
    .where((eb) => eb.or([eb("abolished_on", "is", null), eb("abolished_on", ">", on)]))
    .orderBy("kind", "desc")
    .orderBy("issued_on", "desc")
    .orderBy("id")
    .execute();
  return {
    agency: { id: agency.id, name: agency.name },
    inForceOn: on,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindLabel: NORMATIVE_KIND_LABELS[r.kind],
      title: r.title,
      docNumber: r.doc_number,
      issuedOn: r.issued_on,
      url: r.url,
      hasFullText: Boolean(r.has_full_text),
    })),
  };
}
