import { AppError } from "../../domain/app-error.ts";

/** A register entry stays with the agency that made it: a patch naming another agency is refused. */
export function assertSameAgency(patch: { agencyId?: unknown }, agencyId: string): void {
  if (patch.agencyId !== undefined && patch.agencyId !== agencyId) {
    const message = "不能修改登记所属的机关：如登记错了机关，请删除后在正确的机关重新登记";
    throw new AppError("VALIDATION", message, { issues: [{ path: ["agencyId"], message }] });
  }
}
