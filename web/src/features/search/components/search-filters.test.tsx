import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { installFakeApi, json } from "../../../testing/fake-api";
import { browsePage, movieSummary, searchPage } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

function serveSearch(results = [movieSummary()]) {
  return installFakeApi((url) => {
    if (url.pathname === "/api/search")
      return json(searchPage(url.searchParams.get("q") ?? "", results));
    return undefined;
  });
}

const select = (name: string) => screen.getByRole("combobox", { name });

describe("search filters", () => {
  it("puts each choice in the URL and asks the API for it", async () => {
    const api = serveSearch();
    const app = renderApp("/search?q=matrix");
    await screen.findByRole("link", { name: "The Matrix" });

    await app.user.selectOptions(select("Genre"), "Science Fiction");
    await waitFor(() => expect(app.currentUrl()).toBe("/search?q=matrix&genre=878"));
    await app.user.selectOptions(select("Released"), "1990s");
    await waitFor(() =>
      expect(app.currentUrl()).toBe("/search?q=matrix&genre=878&from=1990&to=1999"),
    );
    await app.user.selectOptions(select("Sort by"), "Newest");
    await waitFor(() =>
      expect(app.currentUrl()).toBe("/search?q=matrix&genre=878&from=1990&to=1999&sort=newest"),
    );
    await waitFor(() =>
      expect(Object.fromEntries(api.callsTo("/api/search").at(-1)?.url.searchParams ?? [])).toEqual(
        {
          q: "matrix",
          page: "1",
          genre: "878",
          yearFrom: "1990",
          yearTo: "1999",
          sort: "newest",
        },
      ),
    );
    expect(app.router.state.historyAction).toBe("PUSH");
  });

  it("keeps 'search exactly as typed' when a filter changes", async () => {
    const api = serveSearch();
    const app = renderApp("/search?q=lotr&correct=false");
    await screen.findByRole("link", { name: "The Matrix" });
    await app.user.selectOptions(select("Sort by"), "Rating");
    await waitFor(() => expect(app.currentUrl()).toBe("/search?q=lotr&correct=false&sort=rating"));
    await waitFor(() =>
      expect(api.callsTo("/api/search").at(-1)?.url.searchParams.get("correct")).toBe("false"),
    );
  });

  it("keeps the filters when the text is refined, and lets the new text be corrected", async () => {
    serveSearch();
    const app = renderApp("/search?q=matrix&correct=false&genre=878&sort=newest");
    await screen.findByRole("link", { name: "The Matrix" });
    await app.user.type(screen.getByRole("searchbox"), " re");
    await waitFor(() => expect(app.currentUrl()).toBe("/search?q=matrix+re&genre=878&sort=newest"));
    expect(app.router.state.historyAction).toBe("REPLACE");
  });

  it("reads the filters back from a shared URL, including a range that is no decade", async () => {
    serveSearch();
    renderApp("/search?q=matrix&genre=878&from=1995&to=2003&sort=rating");
    await screen.findByRole("link", { name: "The Matrix" });
    expect(select("Genre")).toHaveDisplayValue("Science Fiction");
    expect(select("Released")).toHaveDisplayValue("1995–2003");
    expect(select("Sort by")).toHaveDisplayValue("Rating");
  });

  it("clears every filter at once and follows Back and Forward", async () => {
    serveSearch();
    const app = renderApp("/search?q=matrix&sort=rating");
    await screen.findByRole("link", { name: "The Matrix" });
    await app.user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(app.currentUrl()).toBe("/search?q=matrix"));
    expect(select("Sort by")).toHaveDisplayValue("Relevance");
    await act(() => app.router.navigate(-1));
    await waitFor(() => expect(select("Sort by")).toHaveDisplayValue("Rating"));
  });

  it("replaces an old single-year link's year when a decade is chosen", async () => {
    const api = serveSearch();
    const app = renderApp("/search?q=godfather&year=1972");
    await screen.findByRole("link", { name: "The Matrix" });
    expect(select("Released")).toHaveDisplayValue("1972");

    await app.user.selectOptions(select("Released"), "1990s");
    await waitFor(() => expect(app.currentUrl()).toBe("/search?q=godfather&from=1990&to=1999"));
    expect(select("Released")).toHaveDisplayValue("1990s");
    await waitFor(() =>
      expect(api.callsTo("/api/search").at(-1)?.url.searchParams.get("yearTo")).toBe("1999"),
    );
    expect(api.callsTo("/api/search").at(-1)?.url.searchParams.has("year")).toBe(false);
  });

  it("keeps 'search exactly as typed' when the filters are cleared", async () => {
    serveSearch();
    const app = renderApp("/search?q=lotr&correct=false&sort=rating");
    await screen.findByRole("link", { name: "The Matrix" });
    await app.user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(app.currentUrl()).toBe("/search?q=lotr&correct=false"));
  });
});

describe("a search that finds nothing", () => {
  it("shows the same search without its filters, as related titles", async () => {
    installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      const filtered = url.searchParams.has("genre");
      return json(searchPage("matrix", filtered ? [] : [movieSummary()]));
    });
    renderApp("/search?q=matrix&genre=27");
    expect(
      await screen.findByRole("heading", { name: "No titles match “matrix”" }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole("heading", { name: "Without your filters" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Related titles" })).toHaveTextContent("The Matrix");
  });

  it("tries the query's longer words, then popular titles", async () => {
    const api = installFakeApi((url) => {
      if (url.pathname === "/api/browse") return json(browsePage());
      if (url.pathname === "/api/search")
        return json(searchPage(url.searchParams.get("q") ?? "", []));
      return undefined;
    });
    renderApp("/search?q=cindirella%20mann%20xy");
    expect(await screen.findByRole("heading", { name: "Popular titles" })).toBeInTheDocument();
    expect(api.callsTo("/api/search").map((call) => call.url.searchParams.get("q"))).toEqual([
      "cindirella mann xy",
      "cindirella",
      "mann",
    ]);
    expect(screen.getByRole("list", { name: "Related titles" })).toHaveTextContent("Blade Runner");
  });

  it("tries the longest word first, whatever its place in the query", async () => {
    const api = installFakeApi((url) =>
      url.pathname === "/api/search"
        ? json(searchPage(url.searchParams.get("q") ?? "", []))
        : url.pathname === "/api/browse"
          ? json(browsePage())
          : undefined,
    );
    renderApp("/search?q=mann%20cindirella");
    expect(await screen.findByRole("heading", { name: "Popular titles" })).toBeInTheDocument();
    expect(api.callsTo("/api/search").map((call) => call.url.searchParams.get("q"))).toEqual([
      "mann cindirella",
      "cindirella",
      "mann",
    ]);
  });

  it("falls back to the Popular row's first 12 titles, not another row's", async () => {
    const popular = Array.from({ length: 15 }, (_, n) =>
      movieSummary({ id: 2000 + n, title: `Popular film ${n + 1}` }),
    );
    installFakeApi((url) => {
      if (url.pathname === "/api/search") return json(searchPage("xyzzy", []));
      if (url.pathname === "/api/browse") {
        return json(
          browsePage({
            rows: [
              { id: "trending", title: "Trending now", movies: [movieSummary()] },
              { id: "popular", title: "Popular", movies: popular },
            ],
          }),
        );
      }
      return undefined;
    });
    renderApp("/search?q=xyzzy");
    expect(await screen.findByRole("heading", { name: "Popular titles" })).toBeInTheDocument();
    const related = screen.getByRole("list", { name: "Related titles" });
    expect(within(related).getAllByRole("listitem")).toHaveLength(12);
    expect(within(related).getByRole("link", { name: "Popular film 12" })).toBeInTheDocument();
    expect(within(related).queryByRole("link", { name: "Popular film 13" })).toBeNull();
    expect(within(related).queryByRole("link", { name: "The Matrix" })).toBeNull();
  });
});
