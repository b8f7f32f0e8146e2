import MiniSearch from "minisearch";
import { soundKey } from "../../titles/text/sound-key.js";

/**
 * The films a word typed by ear finds ("fite" → Fight Club), by the sound
 * keys (`text/sound-key.ts`) of title words. The title index only ever looks
 * a sound key up whole, one at a time, so its whole behaviour is a table:
 * for each key of some title word, the films MiniSearch finds for it, with
 * MiniSearch's scores. The build computes that table once and stores it; a
 * starting server only reads it, where indexing the sounds took a first
 * misspelled search about 70 ms.
 *
 * @see https://lucaong.github.io/minisearch/
 */
export interface SoundTable {
  /** The distinct scores, each stored once: there are a few hundred, for some 6,000 hits. */
  scores: number[];
  /**
   * Sound key → its films, best first as MiniSearch ranks them, flattened:
   * [film position in catalog order, index into `scores`, …].
   */
  hits: Record<string, number[]>;
}

/** How much a film found by sound counts: only when nothing spelled closer does. */
export const SOUND_BOOST = 0.5;

/** `words[i]` are the (folded) words of the title of film `ids[i]`. */
export function buildSoundTable(
  ids: readonly number[],
  words: readonly (readonly string[])[],
): SoundTable {
  const index = new MiniSearch<{ id: number; sound: string }>({
    fields: ["sound"],
    // The keys come as single words: split only on the spaces put between them.
    tokenize: (text) => text.split(" "),
    processTerm: (term) => term || null,
  });
  const keys = new Set<string>();
  index.addAll(
    ids.map((id, i) => {
      const own = new Set<string>();
      for (const word of words[i] ?? []) {
        const key = soundKey(word);
        if (key !== null) own.add(key);
      }
      for (const key of own) keys.add(key);
      return { id, sound: [...own].join(" ") };
    }),
  );
  const position = new Map(ids.map((id, i) => [id, i]));
  const scores: number[] = [];
  const scoreAt = new Map<number, number>();
  const hits: Record<string, number[]> = {};
  for (const key of [...keys].sort()) {
    const found: number[] = [];
    const query = { queries: [key], fields: ["sound"], boost: { sound: SOUND_BOOST } };
    for (const hit of index.search(query)) {
      let at = scoreAt.get(hit.score);
      if (at === undefined) {
        at = scores.push(hit.score) - 1;
        scoreAt.set(hit.score, at);
      }
      found.push(position.get(hit.id) ?? -1, at);
    }
    hits[key] = found;
  }
  return { scores, hits };
}

/** A stored sound table, ready to look keys up in. */
export class SoundLookup {
  readonly #table: SoundTable;
  readonly #ids: readonly number[];

  /** `ids[i]` is the id of the film at position i, as when the table was built. */
  constructor(table: SoundTable, ids: readonly number[]) {
    // Used as parsed: copying 2,000 keys into a Map would cost a starting server a millisecond.
    this.#table = table;
    this.#ids = ids;
  }

  /** The films with a title word of this sound key, best first, with their scores. */
  *find(key: string): Generator<[id: number, score: number]> {
    // Own keys only: a key must never reach Object.prototype's names.
    const found = Object.hasOwn(this.#table.hits, key) ? (this.#table.hits[key] ?? []) : [];
    for (let i = 0; i < found.length; i += 2) {
      yield [this.#ids[found[i] ?? -1] ?? -1, this.#table.scores[found[i + 1] ?? -1] ?? 0];
    }
  }
}
