/**
 * The web's speed and quality budget (issue 4): Lighthouse's mobile preset on
 * the home, search and details pages, and the JavaScript the home page loads.
 */
export const BUDGETS = {
  performance: 90,
  accessibility: 100,
  bestPractices: 95,
  /** Initial JavaScript of the home route, gzip, in KB (1,000 bytes, as Vite reports). */
  homeJsKb: 120,
} as const;

export interface PageScores {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Milliseconds, Lighthouse's simulated mobile numbers. */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's own CPU benchmark of the machine during the run (higher is faster). */
  benchmarkIndex: number;
}

/** Each missed budget, as a sentence; empty when everything is within budget. */
export function budgetMisses(pages: PageScores[], homeJsKb: number): string[] {
  const misses: string[] = [];
  for (const page of pages) {
    if (page.performance < BUDGETS.performance) {
      misses.push(`${page.name}: performance ${page.performance} < ${BUDGETS.performance}`);
    }
    if (page.accessibility < BUDGETS.accessibility) {
      misses.push(`${page.name}: accessibility ${page.accessibility} < ${BUDGETS.accessibility}`);
    }
    if (page.bestPractices < BUDGETS.bestPractices) {
      misses.push(`${page.name}: best practices ${page.bestPractices} < ${BUDGETS.bestPractices}`);
    }
  }
  if (homeJsKb > BUDGETS.homeJsKb) {
    misses.push(`home: initial JavaScript ${homeJsKb.toFixed(1)} KB > ${BUDGETS.homeJsKb} KB gzip`);
  }
  return misses;
}
