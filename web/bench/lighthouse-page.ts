import lighthouse from "lighthouse";
import type { PageScores } from "./budgets.js";

/** One Lighthouse result, as much of it as the bench reads. */
export interface PageRun {
  scores: PageScores;
  /** Every script the page loaded before it went idle. */
  scriptUrls: string[];
  /** Titles of the audits that cost points, for whoever fixes a missed budget. */
  failing: string[];
}

interface Audit {
  numericValue?: number;
  details?: { items?: Array<{ url?: string; resourceType?: string }> };
}

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/**
 * Lighthouse's default (mobile) preset against one URL of a running app, in
 * the Chromium listening on `port`: simulated slow 4G and a 4x slower CPU.
 */
export async function runLighthouse(
  port: number,
  page: { name: string; url: string; path: string },
): Promise<PageRun> {
  const result = await lighthouse(page.url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
  const { categories, audits, runtimeError, environment } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse failed on ${page.url}: ${runtimeError.message}`);
  const audit = (id: string) => audits[id] as Audit | undefined;
  const metric = (id: string) => Math.round(audit(id)?.numericValue ?? Number.NaN);
  return {
    scores: {
      name: page.name,
      path: page.path,
      performance: score(categories.performance?.score),
      accessibility: score(categories.accessibility?.score),
      bestPractices: score(categories["best-practices"]?.score),
      fcpMs: metric("first-contentful-paint"),
      lcpMs: metric("largest-contentful-paint"),
      tbtMs: metric("total-blocking-time"),
      cls: Math.round((audit("cumulative-layout-shift")?.numericValue ?? 0) * 1000) / 1000,
      benchmarkIndex: Math.round(environment.benchmarkIndex),
    },
    failing: Object.values(categories)
      .flatMap((category) => category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => audits[ref.id])
      .filter((found) => found !== undefined && found.score !== null && found.score < 1)
      .map((found) => `${found?.title} (${found?.displayValue ?? found?.score})`),
    scriptUrls: (audit("network-requests")?.details?.items ?? [])
      .filter((item) => item.resourceType === "Script" && item.url)
      .map((item) => item.url as string),
  };
}
