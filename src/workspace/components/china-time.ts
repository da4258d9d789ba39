/**
 * An instant as Beijing time, whatever the browser's own time zone: the ledger, the audit log and
 * the calendar speak of days in China (a staff member on a laptop set to another zone must not see
 * a step recorded at 00:30 on the day before).
 */
export function chinaTime(iso: string): string {
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" });
}
