import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { installFakeApi, json } from "../../../testing/fake-api";
import { movieSummary, searchPage } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

const godfather = movieSummary({ id: 238, title: "The Godfather", year: 1972 });

describe("the spelling notice over search results", () => {
  it("says the results are for a corrected text, and searches the typed text on request", async () => {
    const api = installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      if (url.searchParams.get("correct") === "false") return json(searchPage("the godfathr", []));
      return json({ ...searchPage("the godfathr", [godfather]), correctedQuery: "the godfather" });
    });
    const app = renderApp("/search?q=the+godfathr");

    const notice = await screen.findByRole("note");
    expect(notice).toHaveTextContent(
      "Showing results for the godfather — search instead for the godfathr",
    );
    await app.user.click(screen.getByRole("link", { name: "the godfathr" }));

    expect(await screen.findByText("No titles match “the godfathr”")).toBeInTheDocument();
    const asTyped = api
      .callsTo("/api/search")
      .map((call) => call.url.searchParams)
      .filter((params) => params.get("correct") === "false");
    expect(asTyped.map((params) => params.get("q"))).toEqual(["the godfathr"]);
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("asks 'Did you mean' for suggestions, each a link to that search", async () => {
    const api = installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      const q = url.searchParams.get("q") ?? "";
      if (q === "fight club") return json(searchPage(q, [movieSummary({ title: "Fight Club" })]));
      return json({ ...searchPage(q, []), suggestions: ["fight club", "night club"] });
    });
    const app = renderApp("/search?q=fite+club&genre=18");

    expect(await screen.findByRole("note")).toHaveTextContent(
      "Did you mean fight club or night club?",
    );
    const link = screen.getByRole("link", { name: "fight club" });
    expect(link).toHaveAttribute("href", "/search?q=fight+club&genre=18");

    await app.user.click(link);
    expect(await screen.findByRole("link", { name: "Fight Club" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("note")).toBeNull());
    expect(api.callsTo("/api/search").at(-1)?.url.searchParams.get("q")).toBe("fight club");
  });

  it("says nothing about spelling when the API has nothing to say", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("matrix", [movieSummary()])) : undefined,
    );
    renderApp("/search?q=matrix");
    expect(await screen.findByRole("link", { name: "The Matrix" })).toBeInTheDocument();
    expect(screen.queryByRole("note")).toBeNull();
  });
});
