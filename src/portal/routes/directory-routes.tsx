/** @jsxImportSource hono/jsx */
import { agencyForest, agencyPlace, searchAgencies } from "../data/agency-directory.ts";
import { pageContext } from "../page-context.ts";
import { AgencyPage } from "../pages/agency-page.tsx";
import { HomePage } from "../pages/home-page.tsx";
import type { Portal, PortalDeps } from "../portal-deps.ts";
import { htmlPage } from "../respond.ts";

/** The home page (agencies, search, how to apply, status lookup) and each agency's home with its guide. */
export function directoryRoutes(portal: Portal, deps: PortalDeps): void {
  const { ctx } = deps;

  portal.get("/", async (c) => {
    const text = (c.req.query("q") ?? "").trim().slice(0, 50);
    const [forest, found] = await Promise.all([
      agencyForest(ctx),
      text === "" ? null : searchAgencies(ctx, text),
    ]);
    const search = found === null ? null : { text, found };
    return htmlPage(c, <HomePage page={pageContext(c)} forest={forest} search={search} />);
  });

  portal.get("/agencies/:id", async (c) => {
    const place = await agencyPlace(ctx, c.req.param("id"));
    return htmlPage(c, <AgencyPage page={pageContext(c)} place={place} />);
  });
}
