/**
 * docs/benchmarks.md has two authors: this bench writes the whole file, and
 * `npm run bench:web` (web/bench) writes the web's speed budget between these
 * two markers. Rewriting the file keeps that section as it was.
 */
export const WEB_BUDGET_START = "<!-- web-budget:start -->";
export const WEB_BUDGET_END = "<!-- web-budget:end -->";

/** `report` followed by the web budget section of `previous` (markers included), if it has one. */
export function withWebBudgetSection(report: string, previous: string | undefined): string {
  const start = previous?.indexOf(WEB_BUDGET_START) ?? -1;
  const end = previous?.indexOf(WEB_BUDGET_END, start) ?? -1;
  if (previous === undefined || start < 0 || end < 0) return report;
  const section = previous.slice(start, end + WEB_BUDGET_END.length);
  return `${report.trimEnd()}\n\n${section}\n`;
}
