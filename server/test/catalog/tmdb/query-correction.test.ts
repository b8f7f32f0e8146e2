import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SearchPage } from "../../../src/catalog/movie.js";
import { CATALOG_FORMAT } from "../../../src/catalog/offline/catalog-record.js";
import { buildSearchIndex } from "../../../src/catalog/offline/search/search-index.js";
import {
  createQueryCorrection,
  type TmdbSearchRequest,
} from "../../../src/catalog/tmdb/query-correction.js";
import { type FakeTmdb, startFakeTmdb } from "../../fake-tmdb/server.js";
import { fakeRecord } from "../offline/support/records.js";
import { openTmdbCatalog, recordingLogger, TOKEN } from "./support.js";

/**
 * TMDB mode's query correction. The adapter tests run over real HTTP against
 * the project's fake TMDB (whose search, like TMDB's, has no typo tolerance),
 * with the dictionary seeded from the built offline catalog
 * (`server/data/catalog.json`, made by `npm run build`). The planning tests
 * give the module a small catalog file of their own and record what it asks.
 */

let fake: FakeTmdb;
beforeAll(async () => {
  fake = await startFakeTmdb({ accessToken: TOKEN });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const searches = () => fake.requests.filter((request) => request.path === "/3/search/movie");
const asked = () => searches().map((request) => request.query.query);

function tmdbCatalog() {
  return openTmdbCatalog({
    baseUrl: fake.baseUrl,
    accessToken: TOKEN,
    logger: recordingLogger(),
  });
}

const titles = (page: SearchPage) => page.results.map((movie) => `${movie.title} (${movie.year})`);

describe("TMDB search with correction, against the fake TMDB", () => {
  it("recovers a misspelled title with a second call, and says so", async () => {
    const page = await tmdbCatalog().search({ text: "the godfathr", page: 1 });
    expect(asked()).toEqual(["the godfathr", "the godfather"]);
    expect(page.correctedQuery).toBe("the godfather");
    expect(page.query).toBe("the godfathr");
    expect(titles(page)[0]).toBe("The Godfather (1972)");
  });

  it("never asks more than twice, even when the correction finds nothing either", async () => {
    const page = await tmdbCatalog().search({ text: "casablanka", page: 1 });
    expect(searches()).toHaveLength(2);
    expect(asked()).toEqual(["casablanka", "casablanca"]);
    expect(page.totalResults).toBe(0);
    expect(page.correctedQuery).toBeUndefined();
    // Already asked, and TMDB found nothing: not worth a "did you mean".
    expect(page.suggestions).toBeUndefined();
  });

  it("reads an acronym TMDB doesn't know as the title it stands for, and says so", async () => {
    const page = await tmdbCatalog().search({ text: "lotr", page: 1 });
    expect(asked()).toEqual(["lotr", "the lord of the rings"]);
    expect(page.correctedQuery).toBe("the lord of the rings");
    expect(titles(page)[0]).toBe("The Lord of the Rings: The Fellowship of the Ring (2001)");
  });

  it("reads an acronym with a sequel number as the series' name, the same two calls", async () => {
    const page = await tmdbCatalog().search({ text: "lotr 3", page: 1 });
    expect(asked()).toEqual(["lotr 3", "the lord of the rings"]);
    expect(page.correctedQuery).toBe("the lord of the rings");
    // The fake knows one film of the series: there is no third to put first.
    expect(titles(page)[0]).toBe("The Lord of the Rings: The Fellowship of the Ring (2001)");
  });

  it("asks once when TMDB finds the text as typed", async () => {
    const page = await tmdbCatalog().search({ text: "matrix", page: 1 });
    expect(searches()).toHaveLength(1);
    expect(page.correctedQuery).toBeUndefined();
    expect(titles(page)[0]).toBe("The Matrix (1999)");
  });

  it("asks once when nothing is found and no known title is close", async () => {
    const page = await tmdbCatalog().search({ text: "qwxzv plomb", page: 1 });
    expect(searches()).toHaveLength(1);
    expect(page).toMatchObject({ totalResults: 0, results: [] });
    expect(page.correctedQuery).toBeUndefined();
  });

  it("sends a typed year as TMDB's year parameter, not as title text", async () => {
    const page = await tmdbCatalog().search({ text: "king kong 2005", page: 1 });
    expect(searches()).toHaveLength(1);
    expect(searches()[0]?.query).toMatchObject({ query: "king kong", year: "2005" });
    expect(titles(page)).toEqual(["King Kong (2005)"]);
  });

  it("keeps a number a known title contains in the text", async () => {
    await tmdbCatalog().search({ text: "fantasia 2000", page: 1 });
    expect(searches()[0]?.query).toMatchObject({ query: "fantasia 2000" });
    expect(searches()[0]?.query.year).toBeUndefined();
  });

  it("corrects the title words and keeps the typed year", async () => {
    const page = await tmdbCatalog().search({ text: "the godfathr 1972", page: 1 });
    expect(searches().map((request) => request.query)).toEqual([
      expect.objectContaining({ query: "the godfathr", year: "1972" }),
      expect.objectContaining({ query: "the godfather", year: "1972" }),
    ]);
    expect(page.correctedQuery).toBe("the godfather 1972");
    expect(titles(page)).toEqual(["The Godfather (1972)"]);
  });

  it("spells a sequel number the way the known title does, in the first call", async () => {
    const roman = await tmdbCatalog().search({ text: "godfather part two", page: 1 });
    const digits = await tmdbCatalog().search({ text: "spider-man three", page: 1 });
    expect(asked()).toEqual(["godfather part ii", "spider-man 3"]);
    expect(titles(roman)[0]).toBe("The Godfather Part II (1974)");
    expect(titles(digits)[0]).toBe("Spider-Man 3 (2007)");
    expect(roman.correctedQuery).toBeUndefined();
  });

  it("learns titles from TMDB's answers, to correct them later", async () => {
    const catalog = tmdbCatalog();
    await catalog.search({ text: "openheimer", page: 1 });
    expect(searches()).toHaveLength(1); // no known title is close yet
    await catalog.search({ text: "oppenheimer", page: 1 });
    fake.requests.length = 0;
    const page = await catalog.search({ text: "openheimer", page: 1 });
    expect(asked()).toEqual(["openheimer", "oppenheimer"]);
    expect(page.correctedQuery).toBe("oppenheimer");
  });

  it("searches exactly the typed text when told not to correct", async () => {
    const page = await tmdbCatalog().search({ text: "the godfathr", page: 1, correct: false });
    expect(asked()).toEqual(["the godfathr"]);
    expect(page.totalResults).toBe(0);
    expect(page.correctedQuery).toBeUndefined();
  });
});

describe("query planning", () => {
  let folder: string;
  let catalogFile: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "query-correction-"));
    catalogFile = join(folder, "catalog.json");
    // A built catalog file: the dictionary is restored from the parts stored in it.
    const films = [
      "Blade Runner",
      "Lethal Weapon 3",
      "Fight Club",
      "Toy Story",
      "Back to the Future Part II",
    ].map((title) => fakeRecord({ title }));
    const search = buildSearchIndex(films);
    await writeFile(catalogFile, JSON.stringify({ format: CATALOG_FORMAT, films, search }));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  /** A TMDB stand-in that finds only the given texts, and records what it was asked. */
  function tmdbKnowing(known: Record<string, string>) {
    const requests: TmdbSearchRequest[] = [];
    const ask = async (request: TmdbSearchRequest): Promise<SearchPage> => {
      requests.push(request);
      const title = known[request.text];
      return {
        query: request.text,
        page: 1,
        totalPages: title ? 1 : 0,
        totalResults: title ? 1 : 0,
        results: title ? [summary(title)] : [],
      };
    };
    return { ask, requests };
  }

  it("tries a stripped year as part of the title when the title alone finds nothing", async () => {
    const tmdb = tmdbKnowing({ "blade runner 2049": "Blade Runner 2049" });
    const page = await createQueryCorrection({ catalogFile }).search(
      { text: "blade runner 2049", page: 1 },
      tmdb.ask,
    );
    expect(tmdb.requests).toEqual([
      { text: "blade runner", year: 2049 },
      { text: "blade runner 2049", year: undefined },
    ]);
    expect(page.results[0]?.title).toBe("Blade Runner 2049");
    expect(page.correctedQuery).toBeUndefined();
  });

  it("reads roman numerals and number words as the known title writes them", async () => {
    const tmdb = tmdbKnowing({});
    const correction = createQueryCorrection({ catalogFile });
    await correction.search({ text: "lethal weapon iii", page: 1 }, tmdb.ask);
    await correction.search({ text: "toy story three", page: 1 }, tmdb.ask);
    expect(tmdb.requests.map((request) => request.text)).toContain("lethal weapon 3");
    expect(tmdb.requests[0]?.text).toBe("lethal weapon 3");
  });

  it("writes a trailing number word as digits when no known title says otherwise", async () => {
    const tmdb = tmdbKnowing({});
    await createQueryCorrection({ catalogFile }).search(
      { text: "paddington two", page: 1 },
      tmdb.ask,
    );
    expect(tmdb.requests[0]?.text).toBe("paddington 2");
  });

  it("suggests a correction for weak results without asking again", async () => {
    const tmdb = tmdbKnowing({ "fite club": "Club Dread" });
    const page = await createQueryCorrection({ catalogFile }).search(
      { text: "fite club", page: 1 },
      tmdb.ask,
    );
    expect(tmdb.requests).toHaveLength(1);
    expect(page.suggestions).toEqual(["fight club"]);
    expect(page.correctedQuery).toBeUndefined();
  });

  it("suggests what an acronym stands for when TMDB's answer to it is weak", async () => {
    const tmdb = tmdbKnowing({ bttf: "BTTF: A Fan Film" });
    const page = await createQueryCorrection({ catalogFile }).search(
      { text: "bttf", page: 1 },
      tmdb.ask,
    );
    expect(tmdb.requests).toHaveLength(1);
    expect(page.suggestions).toEqual(["back to the future"]);
  });

  it("puts the film an acronym's sequel number asks for first, in the series TMDB lists", async () => {
    // TMDB's answer to the series' name, in its own order, with release dates.
    const series = [
      ["Back to the Future Part III", "1990-05-25"],
      ["Back to the Future", "1985-07-03"],
      ["Back to the Future Part II", "1989-11-22"],
    ].map(([title = "", date = ""], i) => ({
      ...summary(title),
      id: i + 1,
      releaseDate: date,
      voteCount: 10_000,
    }));
    const requests: string[] = [];
    const ask = async (request: TmdbSearchRequest): Promise<SearchPage> => {
      requests.push(request.text);
      const results = request.text === "back to the future" ? series : [];
      return { query: request.text, page: 1, totalPages: 1, totalResults: results.length, results };
    };
    const page = await createQueryCorrection({ catalogFile }).search(
      { text: "bttf 2", page: 1 },
      ask,
    );
    expect(requests).toEqual(["bttf 2", "back to the future"]);
    expect(page.correctedQuery).toBe("back to the future");
    expect(page.results.map((movie) => movie.title)).toEqual([
      "Back to the Future Part II",
      "Back to the Future Part III",
      "Back to the Future",
    ]);
  });

  it("works, uncorrected, when there is no catalog file", async () => {
    const logger = recordingLogger();
    const tmdb = tmdbKnowing({});
    const page = await createQueryCorrection({
      catalogFile: join(folder, "missing.json"),
      logger,
    }).search({ text: "fite club 1999", page: 1 }, tmdb.ask);
    expect(tmdb.requests).toEqual([
      { text: "fite club", year: 1999 },
      { text: "fite club 1999", year: undefined },
    ]);
    expect(page.totalResults).toBe(0);
    expect(logger.text()).toMatch(/empty title dictionary/);
  });
});

function summary(title: string) {
  return {
    id: 1,
    title,
    year: null,
    releaseDate: null,
    overview: "",
    posterUrl: null,
    backdropUrl: null,
    rating: null,
    voteCount: 0,
    genres: [],
  };
}
