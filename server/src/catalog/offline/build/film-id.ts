import { titleKey } from "../../titles/text/fold.js";

/**
 * Ids are a hash of the folded title and the year, so a film keeps its id (and
 * every shared /movie/:id link keeps working) across rebuilds, whatever order
 * the rows come in. FNV-1a is enough: ids only need to be distinct, and
 * `assertUniqueIds` refuses to build a catalog where two films collide.
 */
const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Largest id plus one: ids stay positive 32-bit integers, safe in any client or database. */
const ID_SPACE = 2_147_483_646;

export function filmId(title: string, year: number | null): number {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(`${titleKey(title)}|${year ?? ""}`)) {
    hash = Math.imul(hash ^ byte, FNV_PRIME) >>> 0;
  }
  return (hash % ID_SPACE) + 1;
}

/** Throws when two films share an id, naming both, so the build fails instead of a link. */
export function assertUniqueIds(
  films: ReadonlyArray<{ id: number; title: string; year: number | null }>,
): void {
  const owners = new Map<number, string>();
  for (const { id, title, year } of films) {
    const owner = owners.get(id);
    if (owner !== undefined)
      throw new Error(`Film id ${id} collides: ${owner} and ${title} (${year})`);
    owners.set(id, `${title} (${year})`);
  }
}
