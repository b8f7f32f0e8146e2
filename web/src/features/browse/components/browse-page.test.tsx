import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiError, installFakeApi, json } from "../../../testing/fake-api";
import { browsePage, movieDetails } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

function serveBrowse(page = browsePage()) {
  return installFakeApi((url) => {
    if (url.pathname === "/api/browse") return json(page);
    const id = url.pathname.match(/^\/api\/movies\/(\d+)$/)?.[1];
    if (id) return json(movieDetails({ id: Number(id), title: `Film ${id}` }));
    return undefined;
  });
}

const row = (title: string) => screen.getByRole("region", { name: title });
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

  it("adds a My List row, second, once the list has titles", async () => {
    serveBrowse();
    const app = renderApp("/");
    await screen.findByRole("region", { name: "Trending now" });
    expect(screen.queryByRole("region", { name: "My List" })).toBeNull();

    await app.user.click(
      screen.getAllByRole("button", {
        name: "Add The Matrix Reloaded to My List",
      })[0] as HTMLElement,
    );
    const mine = await screen.findByRole("region", { name: "My List" });
    expect(within(mine).getByRole("link", { name: "The Matrix Reloaded" })).toBeInTheDocument();
    const regions = screen
      .getAllByRole("region")
      .map((region) => region.getAttribute("aria-labelledby"));
    expect(regions.slice(1, 3)).toEqual(["row-trending", "row-my-list"]);
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
