import type { RouteModule } from "../app.ts";
import { authRoutes } from "./auth.ts";

/** Every route module of the API, in the order they are mounted. */
export const API_ROUTES: RouteModule[] = [authRoutes];
