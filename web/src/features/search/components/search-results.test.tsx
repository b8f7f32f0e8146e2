import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiError, installFakeApi, json } from "../../../testing/fake-api";
import { movieSummary, searchPage } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

describe("search results", () => {
  it("shows skeleton cards while the first page loads", async () => {
    installFakeApi((url) => (url.pathname === "/api/search" ? new Promise(() => {}) : undefined));
    renderApp("/search?q=matrix");
    expect(await screen.findByTestId("grid-skeleton")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Searching…");
  });

  it("explains a failure calmly, never as 'no results', and 'Try again' refetches", async () => {
    let down = true;
    const api = installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      return down
        ? apiError(503, "upstream_unavailable", "TMDB is not answering.", { "Retry-After": "5" })
        : json(searchPage("matrix", [movieSummary()]));
    });
    const app = renderApp("/search?q=matrix");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The movie catalog is unavailable right now");
    expect(alert).toHaveTextContent("Please try again in 5 seconds.");
    expect(screen.queryByText(/No titles match/)).toBeNull();
    expect(screen.queryByText(/0 titles/)).toBeNull();
    // Not retried: the API has already retried TMDB, and Retry-After says when to ask again.
    expect(api.callsTo("/api/search")).toHaveLength(1);

    down = false;
    await app.user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("link", { name: "The Matrix" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("does not retry a 4xx and shows its message", async () => {
    const api = installFakeApi((url) =>
      url.pathname === "/api/search" ? apiError(400, "bad_request", "q is too long") : undefined,
    );
    renderApp("/search?q=matrix");
    expect(await screen.findByRole("alert")).toHaveTextContent("q is too long");
    expect(api.callsTo("/api/search")).toHaveLength(1);
  });

  it("reports a network failure as an error, not as an empty result", async () => {
    installFakeApi((url) => {
      if (url.pathname === "/api/search") throw new TypeError("Failed to fetch");
      return undefined;
    });
    renderApp("/search?q=matrix");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "We can't reach Reelhouse right now",
    );
  });

  it("says nothing matched, with suggestions, when the search is empty", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("xyzzy", [])) : undefined,
    );
    renderApp("/search?q=xyzzy");

    expect(
      await screen.findByRole("heading", { name: "No titles match “xyzzy”" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Check the spelling.")).toBeInTheDocument();
    const suggestions = screen.getByRole("list", { name: "Suggested searches" });
    expect(within(suggestions).getByRole("link", { name: "star wars" })).toHaveAttribute(
      "href",
      "/search?q=star+wars",
    );
    expect(screen.getByRole("status")).toHaveTextContent("0 titles");
  });

  it("says nothing matched when the filtered pages hold no film, whatever the unfiltered total", async () => {
    // TMDB mode filters page by page: one page, none of it a comedy.
    installFakeApi((url) =>
      url.pathname === "/api/search"
        ? json(searchPage("matrix", [], { totalPages: 1, totalResults: 3 }))
        : undefined,
    );
    renderApp("/search?q=matrix&genre=35");
    expect(
      await screen.findByRole("heading", { name: "No titles match “matrix”" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("0 titles");
  });

  it("counts 'up to' a total filtered page by page, and looks further when a page kept nothing", async () => {
    const api = installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      const page = Number(url.searchParams.get("page"));
      const films = page === 1 ? [] : [movieSummary({ id: 605, title: "Revolutions" })];
      return json({
        ...searchPage("matrix", films, { page, totalPages: 2, totalResults: 23 }),
        totalIsUpperBound: true,
      });
    });
    const app = renderApp("/search?q=matrix&genre=35");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Up to 23 titles"));
    expect(screen.queryByRole("heading", { name: /No titles match/ })).toBeNull();

    await app.user.click(await screen.findByRole("button", { name: "Load more" }));
    expect(await screen.findByRole("link", { name: "Revolutions" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("1 title");
    expect(api.callsTo("/api/search")).toHaveLength(2);
  });

  it("loads the next page with 'Load more' and appends it", async () => {
    const api = installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      const page = Number(url.searchParams.get("page"));
      const movie =
        page === 1 ? movieSummary() : movieSummary({ id: 605, title: "The Matrix Revolutions" });
      return json(searchPage("matrix", [movie], { page, totalPages: 2, totalResults: 2 }));
    });
    const app = renderApp("/search?q=matrix");

    await app.user.click(await screen.findByRole("button", { name: "Load more" }));
    expect(await screen.findByRole("link", { name: "The Matrix Revolutions" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "The Matrix" })).toBeInTheDocument();
    expect(api.callsTo("/api/search").map((c) => c.url.searchParams.get("page"))).toEqual([
      "1",
      "2",
    ]);
    await waitFor(() => expect(screen.queryByRole("button", { name: "Load more" })).toBeNull());
  });

  it("offers a retry when a later page fails, keeping what loaded", async () => {
    let pageTwoDown = true;
    installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      const page = Number(url.searchParams.get("page"));
      if (page === 2 && pageTwoDown) return apiError(504, "upstream_timeout", "slow");
      const movie = page === 1 ? movieSummary() : movieSummary({ id: 605, title: "Revolutions" });
      return json(searchPage("matrix", [movie], { page, totalPages: 2, totalResults: 2 }));
    });
    const app = renderApp("/search?q=matrix");

    await app.user.click(await screen.findByRole("button", { name: "Load more" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The movie catalog took too long to answer");
    expect(screen.getByRole("link", { name: "The Matrix" })).toBeInTheDocument();

    pageTwoDown = false;
    await app.user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("link", { name: "Revolutions" })).toBeInTheDocument();
  });

  it("sorts by rating across the pages loaded, not page by page, and says so in TMDB mode", async () => {
    // TMDB mode: each page arrives sorted on its own.
    const pages = [
      [
        movieSummary({ id: 769, title: "GoodFellas", rating: 8.5 }),
        movieSummary({ id: 597, title: "Titanic", rating: 7.9 }),
      ],
      [movieSummary({ id: 406, title: "La Haine", rating: 8.0 })],
    ];
    installFakeApi(
      (url) => {
        if (url.pathname !== "/api/search") return undefined;
        const page = Number(url.searchParams.get("page"));
        return json(
          searchPage("a", pages[page - 1] ?? [], { page, totalPages: 2, totalResults: 3 }),
        );
      },
      { source: "tmdb", version: "test" },
    );
    const app = renderApp("/search?q=a&sort=rating");

    await app.user.click(await screen.findByRole("button", { name: "Load more" }));
    await screen.findByRole("link", { name: "La Haine" });
    const grid = screen.getByRole("list", { name: "Search results" });
    expect(
      within(grid)
        .getAllByRole("link")
        .map((link) => link.dataset.cardLink),
    ).toEqual(["GoodFellas", "La Haine", "Titanic"]);
    expect(screen.getByText(/applies to the titles loaded so far/)).toBeInTheDocument();
  });

  it("shows a film once when the next page repeats it", async () => {
    installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      const page = Number(url.searchParams.get("page"));
      const movies =
        page === 1
          ? [movieSummary()]
          : [movieSummary(), movieSummary({ id: 605, title: "The Matrix Revolutions" })];
      return json(searchPage("matrix", movies, { page, totalPages: 2, totalResults: 3 }));
    });
    const app = renderApp("/search?q=matrix");

    await app.user.click(await screen.findByRole("button", { name: "Load more" }));
    await screen.findByRole("link", { name: "The Matrix Revolutions" });
    const grid = screen.getByRole("list", { name: "Search results" });
    expect(within(grid).getAllByRole("link", { name: "The Matrix" })).toHaveLength(1);
    expect(within(grid).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByRole("status")).toHaveTextContent(/^2 titles$/);
  });

  it("says '1 title', singular", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("matrix", [movieSummary()])) : undefined,
    );
    renderApp("/search?q=matrix");
    await screen.findByRole("link", { name: "The Matrix" });
    expect(screen.getByRole("status")).toHaveTextContent(/^1 title$/);
  });

  it("marks the previous results busy, without their spelling note, while the next query loads", async () => {
    installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      const q = url.searchParams.get("q") ?? "";
      if (q === "matrx") {
        return json({ ...searchPage("matrx", [movieSummary()]), correctedQuery: "matrix" });
      }
      return new Promise<Response>(() => {});
    });
    const app = renderApp("/search?q=matrx");
    await screen.findByRole("link", { name: "The Matrix" });
    const grid = () => screen.getByRole("list", { name: "Search results" });
    expect(grid().closest("[aria-busy]")).toHaveAttribute("aria-busy", "false");
    expect(screen.getByRole("note")).toHaveTextContent("Showing results for matrix");

    await app.user.type(screen.getByRole("searchbox", { name: "Search" }), " reloaded");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Searching…"));
    expect(within(grid()).getByRole("link", { name: "The Matrix" })).toBeInTheDocument();
    expect(grid().closest("[aria-busy]")).toHaveAttribute("aria-busy", "true");
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("invites a search when there is no query", async () => {
    const api = installFakeApi();
    renderApp("/search");
    // findBy: run on its own, the page's code has not loaded yet.
    expect(
      await screen.findByRole("heading", { level: 1, name: "Search the catalog" }),
    ).toBeInTheDocument();
    expect(api.callsTo("/api/search")).toHaveLength(0);
    expect(document.title).toBe("Search · Reelhouse");
  });
});
