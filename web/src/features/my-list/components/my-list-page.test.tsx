import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MY_LIST_STORAGE_KEY, resetMyListForTests } from "../../../lib/my-list-store";
import { installFakeApi, json } from "../../../testing/fake-api";
import { movieDetails, movieSummary, searchPage } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

describe("My List", () => {
  it("adds from a card, lists it on /my-list, and keeps it in this browser across visits", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("matrix", [movieSummary()])) : undefined,
    );
    const first = renderApp("/search?q=matrix");
    await first.user.click(
      await screen.findByRole("button", { name: "Add The Matrix to My List" }),
    );
    expect(
      screen.getByRole("button", { name: "Remove The Matrix from My List" }),
    ).toBeInTheDocument();
    const stored = JSON.parse(window.localStorage.getItem(MY_LIST_STORAGE_KEY) ?? "[]");
    expect(stored.map((movie: { title: string }) => movie.title)).toEqual(["The Matrix"]);
    first.unmount();

    // A new visit: nothing in memory, only what the browser kept.
    resetMyListForTests();
    renderApp("/my-list");
    expect(await screen.findByRole("heading", { level: 1, name: "My List" })).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "My List" });
    expect(within(list).getByRole("link", { name: "The Matrix" })).toHaveAttribute(
      "href",
      "/movie/603",
    );
    expect(screen.getByText("1 title")).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe("My List · Reelhouse"));
  });

  it("removes from the details view with a button that says what it will do", async () => {
    window.localStorage.setItem(MY_LIST_STORAGE_KEY, JSON.stringify([movieSummary()]));
    installFakeApi((url) =>
      url.pathname === "/api/movies/603" ? json(movieDetails()) : undefined,
    );
    const app = renderApp("/movie/603");
    await app.user.click(await screen.findByRole("button", { name: "Remove from My List" }));
    expect(screen.getByRole("button", { name: "Add to My List" })).toBeInTheDocument();
    expect(window.localStorage.getItem(MY_LIST_STORAGE_KEY)).toBe("[]");
  });

  it("invites browsing when the list is empty, and ignores a corrupt saved list", async () => {
    window.localStorage.setItem(MY_LIST_STORAGE_KEY, "{not json");
    installFakeApi();
    renderApp("/my-list");
    expect(await screen.findByText(/Your list is empty/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Browse films" })).toHaveAttribute("href", "/");
  });

  it("hands a removed card's focus to the next card's button", async () => {
    window.localStorage.setItem(
      MY_LIST_STORAGE_KEY,
      JSON.stringify([movieSummary(), movieSummary({ id: 78, title: "Blade Runner" })]),
    );
    installFakeApi();
    const app = renderApp("/my-list");
    const list = await screen.findByRole("list", { name: "My List" });

    await app.user.click(
      within(list).getByRole("button", { name: "Remove The Matrix from My List" }),
    );
    expect(within(list).queryByRole("link", { name: "The Matrix" })).toBeNull();
    expect(
      within(list).getByRole("button", { name: "Remove Blade Runner from My List" }),
    ).toHaveFocus();
  });
});
