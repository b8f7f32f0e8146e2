import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { addToMyList, removeFromMyList } from "../../../lib/my-list-store";
import { apiError, installFakeApi, json } from "../../../testing/fake-api";
import { browsePage, movieDetails, movieSummary } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";
import { ROW_CARD_SIZES } from "../lib/row-card-width";

function serveBrowse(page = browsePage()) {
  return installFakeApi((url) => {
    if (url.pathname === "/api/browse") return json(page);
    const id = url.pathname.match(/^\/api\/movies\/(\d+)$/)?.[1];
    if (id) return json(movieDetails({ id: Number(id), title: `Film ${id}` }));
    return undefined;
  });
}

const row = (title: string) => screen.getByRole("region", { name: title });
const rowIds = () =>
  screen
    .getAllByRole("region")
    .map((region) => region.getAttribute("aria-labelledby"))
    .filter((id) => id?.startsWith("row-"));
const cardLinks = (title: string) =>
  within(within(row(title)).getByRole("list")).getAllByRole("link");

describe("home page (browse)", () => {
  it("shows the featured film on the billboard with its actions, then the rows", async () => {
    serveBrowse();
    renderApp("/");

    const billboard = await screen.findByRole("region", { name: "Blade Runner" });
    expect(
      within(billboard).getByRole("heading", { level: 2, name: "Blade Runner" }),
    ).toBeInTheDocument();
    expect(billboard).toHaveTextContent("1982 · 2h 16m · R");
    expect(within(billboard).getByRole("link", { name: "Play trailer" })).toHaveAttribute(
      "href",
      "/movie/78",
    );
    expect(
      within(billboard).getByRole("link", { name: "More info about Blade Runner" }),
    ).toBeInTheDocument();
    // The first row comes with the billboard; the others follow in a background render.
    await waitFor(() =>
      expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
        "Blade Runner",
        "Trending now",
        "Popular",
      ]),
    );
    const titles = ["The Matrix", "The Matrix Reloaded", "The Matrix Revolutions", "Blade Runner"];
    const links = cardLinks("Trending now");
    expect(links).toHaveLength(titles.length);
    for (const [index, title] of titles.entries()) {
      expect(links[index]).toHaveAccessibleName(title);
    }
  });

  it("opens the featured film's details from the billboard without asking the API again", async () => {
    const api = serveBrowse();
    const app = renderApp("/");
    const billboard = await screen.findByRole("region", { name: "Blade Runner" });
    await app.user.click(
      within(billboard).getByRole("link", { name: "More info about Blade Runner" }),
    );

    // Fetched, the film would be "Film 78" (serveBrowse): this is the billboard's copy.
    const dialog = await screen.findByRole("dialog", { name: "Blade Runner" });
    expect(
      within(dialog).getByRole("heading", { level: 1, name: "Blade Runner" }),
    ).toBeInTheDocument();
    expect(api.callsTo("/api/movies/78")).toHaveLength(0);
  });

  it("offers no trailer button when the featured film has none", async () => {
    serveBrowse(browsePage({ featured: movieDetails({ trailer: null }) }));
    renderApp("/");
    await screen.findByRole("link", { name: /More info/ });
    expect(screen.queryByRole("link", { name: "Play trailer" })).toBeNull();
  });

  it("keeps one tab stop per row and moves along it with the arrow keys, Home and End", async () => {
    serveBrowse();
    const app = renderApp("/");
    await screen.findByRole("region", { name: "Trending now" });
    const links = cardLinks("Trending now");
    expect(links.map((link) => link.tabIndex)).toEqual([0, -1, -1, -1]);

    links[0]?.focus();
    await app.user.keyboard("{ArrowRight}");
    expect(links[1]).toHaveFocus();
    expect(links.map((link) => link.tabIndex)).toEqual([-1, 0, -1, -1]);
    await app.user.keyboard("{End}");
    expect(links[3]).toHaveFocus();
    await app.user.keyboard("{ArrowRight}");
    expect(links[3]).toHaveFocus();
    await app.user.keyboard("{Home}{ArrowLeft}");
    expect(links[0]).toHaveFocus();

    // Tab leaves the row: the card's My List button, then the next row's tab stop.
    await app.user.tab();
    expect(document.activeElement).toHaveAccessibleName("Add The Matrix to My List");
    await app.user.tab();
    expect(document.activeElement).toBe(cardLinks("Popular")[0]);
  });

  it("takes the arrow keys, Home and End from the page (no page scroll) and scrolls the row to the card", async () => {
    serveBrowse();
    renderApp("/");
    await screen.findByRole("region", { name: "Trending now" });
    const track = within(row("Trending now")).getByRole("list");
    const links = cardLinks("Trending now");
    const reveal = vi.spyOn(Element.prototype, "scrollIntoView");

    links[0]?.focus();
    // fireEvent answers false when the default (scrolling the page) was prevented.
    expect(fireEvent.keyDown(links[0] as HTMLElement, { key: "ArrowRight" })).toBe(false);
    expect(links[1]).toHaveFocus();
    expect(reveal.mock.contexts).toContain(track);
    expect(fireEvent.keyDown(links[1] as HTMLElement, { key: "End" })).toBe(false);
    expect(fireEvent.keyDown(links[3] as HTMLElement, { key: "ArrowLeft" })).toBe(false);
    expect(fireEvent.keyDown(links[2] as HTMLElement, { key: "Home" })).toBe(false);
    expect(links[0]).toHaveFocus();
  });

  it("goes to the very last film of a long row on End, not the last one drawn at first", async () => {
    const films = Array.from({ length: 30 }, (_, n) =>
      movieSummary({ id: 1000 + n, title: `Film number ${n + 1}` }),
    );
    serveBrowse(browsePage({ rows: [{ id: "trending", title: "Trending now", movies: films }] }));
    const app = renderApp("/");
    await screen.findByRole("region", { name: "Trending now" });
    expect(cardLinks("Trending now").length).toBeLessThan(30); // drawn as the row is used

    cardLinks("Trending now")[0]?.focus();
    await app.user.keyboard("{End}");
    expect(within(row("Trending now")).getByRole("link", { name: "Film number 30" })).toHaveFocus();
  });

  it("keeps exactly one tab stop when the row's current card leaves the row", async () => {
    for (const [id, title] of [
      [78, "Blade Runner"],
      [604, "The Matrix Reloaded"],
    ] as const) {
      addToMyList(movieSummary({ id, title }));
    }
    serveBrowse();
    renderApp("/");
    const mine = await screen.findByRole("region", { name: "My List" });
    // The last card becomes the row's tab stop, then focus leaves the row (for the search box).
    const last = await within(mine).findByRole("link", { name: "Blade Runner" });
    act(() => last.focus());
    act(() => screen.getByRole("searchbox", { name: "Search" }).focus());
    expect(within(mine).getByRole("link", { name: "Blade Runner" })).toHaveAttribute(
      "tabindex",
      "0",
    );

    act(() => removeFromMyList(78)); // e.g. removed from its details dialog
    await waitFor(() =>
      expect(within(mine).queryByRole("link", { name: "Blade Runner" })).toBeNull(),
    );
    expect(
      within(within(mine).getByRole("list"))
        .getAllByRole("link")
        .map((link) => link.tabIndex),
    ).toEqual([0]);
  });

  it("asks for posters at the row card's width", async () => {
    const srcSet =
      "https://image.tmdb.org/t/p/w185/m.jpg 185w, https://image.tmdb.org/t/p/w342/m.jpg 342w";
    serveBrowse(
      browsePage({
        rows: [
          {
            id: "trending",
            title: "Trending now",
            movies: [movieSummary({ posterSrcSet: srcSet })],
          },
        ],
      }),
    );
    renderApp("/");
    await screen.findByRole("region", { name: "Trending now" });
    const poster = row("Trending now").querySelector("img");
    expect(poster).toHaveAttribute("srcset", srcSet);
    expect(poster).toHaveAttribute("sizes", ROW_CARD_SIZES);
  });

  it("adds a My List row, second, once the list has titles", async () => {
    // Titles saved before the page opens: the row sits second.
    addToMyList(movieSummary({ id: 604, title: "The Matrix Reloaded", year: 2003 }));
    serveBrowse();
    renderApp("/");
    const mine = await screen.findByRole("region", { name: "My List" });
    expect(
      await within(mine).findByRole("link", { name: "The Matrix Reloaded" }),
    ).toBeInTheDocument();
    expect(rowIds().slice(0, 3)).toEqual(["row-trending", "row-my-list", "row-popular"]);
  });

  it("adds the row after the others when the first film is saved here, and keeps it when emptied", async () => {
    serveBrowse();
    const app = renderApp("/");
    await screen.findByRole("region", { name: "Trending now" });
    expect(screen.queryByRole("region", { name: "My List" })).toBeNull();

    // Nothing above the pressed button moves: the new row goes last.
    await app.user.click(
      screen.getAllByRole("button", {
        name: "Add The Matrix Reloaded to My List",
      })[0] as HTMLElement,
    );
    const mine = await screen.findByRole("region", { name: "My List" });
    expect(rowIds()).toEqual(["row-trending", "row-popular", "row-my-list"]);

    // Emptied, the row stays until the page is left, saying so.
    await app.user.click(
      screen.getAllByRole("button", {
        name: "Remove The Matrix Reloaded from My List",
      })[0] as HTMLElement,
    );
    expect(within(mine).getByText(/Your list is empty/)).toBeInTheDocument();
    expect(rowIds()).toEqual(["row-trending", "row-popular", "row-my-list"]);
  });

  it("gives a removed card's focus to the next card in the My List row, the previous one, then the note", async () => {
    for (const [id, title] of [
      [78, "Blade Runner"],
      [605, "The Matrix Revolutions"],
      [604, "The Matrix Reloaded"],
    ] as const) {
      addToMyList(movieSummary({ id, title }));
    }
    serveBrowse();
    const app = renderApp("/");
    const mine = await screen.findByRole("region", { name: "My List" });
    await within(mine).findByRole("link", { name: "Blade Runner" });
    const button = (name: string) => within(mine).getByRole("button", { name });

    button("Remove The Matrix Revolutions from My List").focus();
    await app.user.keyboard("{Enter}");
    expect(button("Remove Blade Runner from My List")).toHaveFocus();
    // The focused card became the row's tab stop.
    expect(within(mine).getByRole("link", { name: "Blade Runner" })).toHaveAttribute(
      "tabindex",
      "0",
    );
    await app.user.keyboard("{Enter}");
    expect(button("Remove The Matrix Reloaded from My List")).toHaveFocus();
    await app.user.keyboard("{Enter}");
    expect(within(mine).getByText(/Your list is empty/)).toHaveFocus();
  });

  it("explains a failure with a retry instead of an empty page", async () => {
    let down = true;
    installFakeApi((url) => {
      if (url.pathname !== "/api/browse") return undefined;
      return down ? apiError(503, "upstream_unavailable", "down") : json(browsePage());
    });
    const app = renderApp("/");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The movie catalog is unavailable right now");
    down = false;
    await app.user.click(within(alert).getByRole("button", { name: "Try again" }));
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Trending now" })).toBeInTheDocument(),
    );
  });
});
