import type { OfflineCatalog } from "../../../../src/catalog/offline/index.js";
import {
  EVALUATION_QUERIES,
  type EvaluationQuery,
  QUERY_KINDS,
  type QueryKind,
} from "../search-evaluation.queries.js";

/**
 * Scores the offline search on the evaluation set: recall@1, recall@3 and
 * mean reciprocal rank, per kind of query and overall. Shared by the
 * evaluation test and `npm run bench` (which writes the table to
 * docs/benchmarks.md), so both report the same numbers.
 */

export interface Scores {
  queries: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
}

export interface Evaluation {
  byKind: ReadonlyMap<QueryKind, Scores>;
  overall: Scores;
  /** Queries whose film was not first, with its rank (null: not on the first page). */
  misses: ReadonlyArray<{ query: EvaluationQuery; rank: number | null }>;
}

/** 1-based rank of the expected film on the first page, or null when absent. */
async function rankOf(catalog: OfflineCatalog, query: EvaluationQuery): Promise<number | null> {
  const page = await catalog.search({ text: query.query, page: 1 });
  const index = page.results.findIndex(
    (movie) => movie.title === query.expect.title && movie.year === query.expect.year,
  );
  return index === -1 ? null : index + 1;
}

export function score(ranks: ReadonlyArray<number | null>): Scores {
  const share = (hit: (rank: number) => boolean) =>
    ranks.filter((rank) => rank !== null && hit(rank)).length / ranks.length;
  return {
    queries: ranks.length,
    recallAt1: share((rank) => rank === 1),
    recallAt3: share((rank) => rank <= 3),
    mrr:
      ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0) / ranks.length,
  };
}

export async function evaluateSearch(
  catalog: OfflineCatalog,
  queries: readonly EvaluationQuery[] = EVALUATION_QUERIES,
): Promise<Evaluation> {
  const ranks = new Map<EvaluationQuery, number | null>();
  for (const query of queries) ranks.set(query, await rankOf(catalog, query));
  const ranksOf = (kind: QueryKind) =>
    queries.filter((query) => query.kind === kind).map((query) => ranks.get(query) ?? null);
  return {
    byKind: new Map(
      QUERY_KINDS.filter((kind) => ranksOf(kind).length > 0).map((kind) => [
        kind,
        score(ranksOf(kind)),
      ]),
    ),
    overall: score([...ranks.values()]),
    misses: [...ranks]
      .filter(([, rank]) => rank === null || rank > 1)
      .map(([query, rank]) => ({ query, rank })),
  };
}

/** The scores as a Markdown table, one row per kind and one overall. */
export function scoresTable(evaluation: Evaluation): string {
  const fixed = (n: number) => n.toFixed(3);
  const row = (name: string, s: Scores) =>
    `| ${name} | ${s.queries} | ${fixed(s.recallAt1)} | ${fixed(s.recallAt3)} | ${fixed(s.mrr)} |`;
  return [
    "| kind | queries | recall@1 | recall@3 | MRR |",
    "|---|---:|---:|---:|---:|",
    ...[...evaluation.byKind].map(([kind, s]) => row(kind, s)),
    row("**overall**", evaluation.overall),
  ].join("\n");
}

/** The misses, for a person reading test output: `"query" → rank`. */
export function missesLine(evaluation: Evaluation): string {
  return evaluation.misses
    .map(({ query, rank }) => `"${query.query}" → ${rank ?? "absent"}`)
    .join("; ");
}
