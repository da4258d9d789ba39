/** @jsxImportSource hono/jsx */
import { clientAddress } from "../../http/routes/applications-limits.ts";
import { chinaDate } from "../../services/applications/index.ts";
import { catalogueOf } from "../data/catalogue.ts";
import { pageContext } from "../page-context.ts";
import { CataloguePage } from "../pages/catalogue-page.tsx";
import type { Portal, PortalDeps } from "../portal-deps.ts";
import { htmlPage } from "../respond.ts";

/** The catalogue of an agency's normative documents in force today (in China). */
export function catalogueRoutes(portal: Portal, deps: PortalDeps): void {
  portal.get("/agencies/:id/catalogue", async (c) => {
    deps.reads.hit(clientAddress(c));
    const today = chinaDate(new Date(deps.now()));
    const catalogue = await catalogueOf(deps.ctx, c.req.param("id"), today);
    return htmlPage(c, <CataloguePage page={pageContext(c)} catalogue={catalogue} />);
  });
}
