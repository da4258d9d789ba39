import type { ServiceContext } from "../../services/context.ts";
import { type CatalogueEntry, publicCatalogue } from "../../services/registers/public-catalogue.ts";

/** A document no longer in force: listed apart, so that nobody relies on it. */
interface AbolishedEntry {
  id: string;
  title: string;
  docNumber: string | null;
  issuedOn: string;
  abolishedOn: string;
  url: string | null;
}

/** What the catalogue page shows: the documents in force on a day, and those abolished by then. */
export interface PortalCatalogue {
  agency: { id: string; name: string };
  on: string;
  inForce: CatalogueEntry[];
  abolished: AbolishedEntry[];
}

/**
 * The catalogue of an agency's rules and normative documents on `on` (条例第二十条第一项), with the
 * documents abolished on or before that day, newest abolition first.
 * @throws AppError NOT_FOUND for an unknown agency.
 */
export async function catalogueOf(
  ctx: ServiceContext,
  agencyId: string,
  on: string,
): Promise<PortalCatalogue> {
  const current = await publicCatalogue(ctx, agencyId, on);
  const abolished = await ctx.db
    .selectFrom("normative_documents")
    .select(["id", "title", "doc_number", "issued_on", "abolished_on", "url"])
    .where("agency_id", "=", agencyId)
    .where("abolished_on", "<=", on)
    .orderBy("abolished_on", "desc")
    .orderBy("id")
    .execute();
  return {
    agency: current.agency,
    on,
    inForce: current.items,
    abolished: abolished.map((r) => ({
      id: r.id,
      title: r.title,
      docNumber: r.doc_number,
      issuedOn: r.issued_on,
      abolishedOn: r.abolished_on ?? on,
      url: r.url,
    })),
  };
}
