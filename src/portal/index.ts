/**
 * The public portal: server-rendered pages in Chinese that work with JavaScript off — the
 * platform's home, each agency's home and disclosure guide, the application form, the status page,
 * published annual reports and the catalogue of normative documents. See docs/portal.md.
 */

export { STYLESHEET, STYLESHEET_URL } from "./assets/stylesheet.ts";
export { type PortalOptions, portalRoutes } from "./portal-routes.tsx";
