import type { z } from "zod";
import type { checkResultSchema } from "../../../http/routes/check-schemas.ts";

/** What POST /api/check answers (inferred from the server's schema; a type import only). */
export type CheckResult = z.infer<typeof checkResultSchema>;
