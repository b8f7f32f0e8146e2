import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import {
  buildSoundTable,
  SOUND_BOOST,
  SoundLookup,
} from "../../../../src/catalog/offline/search/sound-table.js";
import { analyzeTitle } from "../../../../src/catalog/titles/terms.js";
import { soundKey } from "../../../../src/catalog/titles/text/sound-key.js";
import { realRecords } from "../support/real-data.js";

const TITLES = ["Fantasia", "Spider-Man", "Fight Club", "Night of the Living Dead"];
const IDS = [101, 202, 303, 404];

function lookup(titles: readonly string[], ids: readonly number[]) {
  const words = titles.map((title) => analyzeTitle(title).words);
  const table = JSON.parse(JSON.stringify(buildSoundTable(ids, words)));
  return new SoundLookup(table, ids);
}

const heard = (sounds: SoundLookup, typed: string) =>
  [...sounds.find(soundKey(typed) ?? "")].map(([id]) => id);

describe("the sound table", () => {
  it("finds the films with a title word of the sound, through a trip through JSON", () => {
    const sounds = lookup(TITLES, IDS);
    expect(heard(sounds, "fantazia")).toEqual([101]);
    expect(heard(sounds, "spyder")).toEqual([202]);
    expect(heard(sounds, "fite")).toEqual([303]);
    expect(heard(sounds, "qwxz")).toEqual([]);
    expect([...sounds.find("constructor"), ...sounds.find("__proto__")]).toEqual([]);
  });

  it("holds, for every key of the catalog, the films and scores MiniSearch finds for it", async () => {
    // The search used to ask a MiniSearch index of the sounds; the table must answer the same.
    const records = await realRecords();
    const ids = records.map((record) => record.id);
    const words = records.map((record) => analyzeTitle(record.title).words);
    const index = new MiniSearch<{ id: number; sound: string }>({
      fields: ["sound"],
      tokenize: (text) => text.split(" "),
      processTerm: (term) => term || null,
    });
    const keysOf = (titleWords: readonly string[]) =>
      new Set(titleWords.map(soundKey).filter((key): key is string => key !== null));
    index.addAll(ids.map((id, i) => ({ id, sound: [...keysOf(words[i] ?? [])].join(" ") })));
    const table = buildSoundTable(ids, words);
    const sounds = new SoundLookup(table, ids);
    const keys = Object.keys(table.hits);
    expect(keys).toEqual(
      [...new Set(words.flatMap((titleWords) => [...keysOf(titleWords)]))].sort(),
    );
    for (const key of keys) {
      const fresh = index
        .search({ queries: [key], fields: ["sound"], boost: { sound: SOUND_BOOST } })
        .map((hit) => [hit.id, hit.score]);
      expect([...sounds.find(key)], key).toEqual(fresh);
    }
  });
});
