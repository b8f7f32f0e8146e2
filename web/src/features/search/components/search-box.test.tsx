import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { installFakeApi, json, pendingUntilAborted } from "../../../testing/fake-api";
import { movieSummary, searchPage } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

const matrix = movieSummary();
const reloaded = movieSummary({ id: 604, title: "The Matrix Reloaded", year: 2003 });

function searchBox() {
  return screen.getByRole("searchbox", { name: "Search" });
}

describe("search box", () => {
  it("searches once typing pauses, puts the query in the URL and lists results by title", async () => {
    const api = installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("matrix", [matrix, reloaded])) : undefined,
    );
    const app = renderApp("/");

    await app.user.type(searchBox(), "mat");
    // A pause shorter than the debounce: nothing is sent and the URL stays put.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(app.currentUrl()).toBe("/");
    expect(api.callsTo("/api/search")).toHaveLength(0);
    await app.user.type(searchBox(), "rix");

    await waitFor(() => expect(app.currentUrl()).toBe("/search?q=matrix"));
    expect(await screen.findByRole("link", { name: "The Matrix" })).toHaveAttribute(
      "href",
      "/movie/603",
    );
    expect(screen.queryByRole("link", { name: "matrix" })).toBeNull(); // the home page is gone
    expect(screen.getByRole("link", { name: "The Matrix Reloaded" })).toHaveAttribute(
      "href",
      "/movie/604",
    );
    expect(
      screen.getByRole("heading", { level: 1, name: "Results for “matrix”" }),
    ).toBeInTheDocument();
    expect(screen.getByText("2 titles")).toBeInTheDocument();
    expect(api.callsTo("/api/search").map((c) => c.url.searchParams.get("q"))).toEqual(["matrix"]);
    await waitFor(() => expect(document.title).toBe("matrix · Search · Reelhouse"));
  });

  it("cancels the stale request and replaces (not pushes) history while typing on", async () => {
    const api = installFakeApi((url, { signal }) => {
      if (url.pathname !== "/api/search") return undefined;
      const q = url.searchParams.get("q") ?? "";
      return q === "mat" ? pendingUntilAborted(signal) : json(searchPage(q, [matrix]));
    });
    const app = renderApp("/");

    await app.user.type(searchBox(), "mat");
    await waitFor(() => expect(api.callsTo("/api/search")).toHaveLength(1));
    const stale = api.callsTo("/api/search")[0];
    expect(stale?.signal?.aborted).toBe(false);
    expect(app.router.state.historyAction).toBe("PUSH");

    await app.user.type(searchBox(), "rix");
    expect(await screen.findByRole("link", { name: "The Matrix" })).toBeInTheDocument();
    expect(stale?.signal?.aborted).toBe(true);
    expect(app.currentUrl()).toBe("/search?q=matrix");
    expect(app.router.state.historyAction).toBe("REPLACE");
  });

  it("keeps the previous results on screen while the next query loads", async () => {
    let release: (r: Response) => void = () => {};
    installFakeApi((url) => {
      if (url.pathname !== "/api/search") return undefined;
      const q = url.searchParams.get("q") ?? "";
      if (q === "matrix") return json(searchPage(q, [matrix]));
      return new Promise<Response>((resolve) => {
        release = resolve;
      });
    });
    const app = renderApp("/search?q=matrix");
    expect(await screen.findByRole("link", { name: "The Matrix" })).toBeInTheDocument();

    await app.user.type(searchBox(), " reloaded");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Searching…"));
    expect(screen.getByRole("link", { name: "The Matrix" })).toBeInTheDocument();

    await act(async () => release(json(searchPage("matrix reloaded", [reloaded]))));
    expect(await screen.findByRole("link", { name: "The Matrix Reloaded" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "The Matrix" })).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("1 title");
  });

  it("shows the URL's query, on load and on back/forward", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search"
        ? json(searchPage(url.searchParams.get("q") ?? "", [matrix]))
        : undefined,
    );
    const app = renderApp("/search?q=matrix");
    expect(searchBox()).toHaveValue("matrix");
    expect(await screen.findByRole("link", { name: "The Matrix" })).toBeInTheDocument();

    await act(() => app.router.navigate("/search?q=alien"));
    expect(searchBox()).toHaveValue("alien");
    await act(() => app.router.navigate("/"));
    expect(searchBox()).toHaveValue("");
  });

  it("leaves the field on Escape, keeping the query and its results", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("matrix", [matrix])) : undefined,
    );
    const app = renderApp("/search?q=matrix");
    await screen.findByRole("link", { name: "The Matrix" });
    await app.user.click(searchBox());

    await app.user.keyboard("{Escape}");
    expect(searchBox()).not.toHaveFocus();
    expect(searchBox()).toHaveValue("matrix");
    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than the debounce
    expect(app.currentUrl()).toBe("/search?q=matrix");
    expect(screen.getByRole("link", { name: "The Matrix" })).toBeInTheDocument();
  });

  it("goes to the search prompt when the box is emptied, and Back brings the results back", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("matrix", [matrix])) : undefined,
    );
    const app = renderApp("/search?q=matrix");
    await screen.findByRole("link", { name: "The Matrix" });

    await app.user.clear(searchBox());
    await waitFor(() => expect(app.currentUrl()).toBe("/search"));
    expect(app.router.state.historyAction).toBe("PUSH");

    await act(() => app.router.navigate(-1));
    expect(app.currentUrl()).toBe("/search?q=matrix");
    expect(searchBox()).toHaveValue("matrix");
    expect(await screen.findByRole("link", { name: "The Matrix" })).toBeInTheDocument();
  });

  it("searches at once on Enter", async () => {
    const api = installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("heat", [matrix])) : undefined,
    );
    const app = renderApp("/");
    await app.user.type(searchBox(), "heat{Enter}");
    expect(app.currentUrl()).toBe("/search?q=heat");
    await screen.findByRole("link", { name: "The Matrix" });
    expect(api.callsTo("/api/search")).toHaveLength(1);
  });

  it("focuses on `/` from anywhere but a text field", async () => {
    installFakeApi();
    const app = renderApp("/");
    expect(searchBox()).not.toHaveFocus();

    await app.user.keyboard("/");
    expect(searchBox()).toHaveFocus();
    // Typed inside the field, "/" is just a character.
    await app.user.keyboard("/");
    expect(searchBox()).toHaveValue("/");
  });

  it("drops a pending search when the user moves to another page within the pause", async () => {
    const api = installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("mat", [matrix])) : undefined,
    );
    const app = renderApp("/");
    await app.user.type(searchBox(), "mat");
    await act(() => app.router.navigate("/about"));

    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than the debounce
    expect(app.currentUrl()).toBe("/about");
    expect(api.callsTo("/api/search")).toHaveLength(0);
  });

  it("lets Back within the pause win over the text typed just before", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search"
        ? json(searchPage(url.searchParams.get("q") ?? "", [matrix]))
        : undefined,
    );
    const app = renderApp("/search?q=matrix");
    await act(() => app.router.navigate("/search?q=alien"));
    await app.user.type(searchBox(), "x");
    await act(() => app.router.navigate(-1));

    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than the debounce
    expect(app.currentUrl()).toBe("/search?q=matrix");
    expect(searchBox()).toHaveValue("matrix");
  });

  it("does not search again (losing “as typed”) when only a trailing space is typed", async () => {
    const api = installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("matrix", [matrix])) : undefined,
    );
    // "Search instead for" the text as typed: a refined text would be corrected again.
    const app = renderApp("/search?q=matrix&correct=false");
    await screen.findByRole("link", { name: "The Matrix" });

    await app.user.type(searchBox(), " ");
    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than the debounce
    expect(searchBox()).toHaveValue("matrix ");
    expect(app.currentUrl()).toBe("/search?q=matrix&correct=false");
    expect(api.callsTo("/api/search")).toHaveLength(1);
  });

  it("returns to the results on Enter from another page that kept the same text", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("matrix", [matrix])) : undefined,
    );
    const app = renderApp("/search?q=matrix");
    await screen.findByRole("link", { name: "The Matrix" });
    await act(() => app.router.navigate("/about"));
    expect(searchBox()).toHaveValue("matrix");

    await app.user.type(searchBox(), "{Enter}");
    expect(app.currentUrl()).toBe("/search?q=matrix");
    expect(await screen.findByRole("link", { name: "The Matrix" })).toBeInTheDocument();
  });

  it("stops the native Escape (which would empty the field) and caps the length", () => {
    installFakeApi();
    renderApp("/");
    // dispatchEvent answers false when a listener called preventDefault.
    expect(fireEvent.keyDown(searchBox(), { key: "Escape" })).toBe(false);
    expect(searchBox()).toHaveAttribute("maxlength", "200");
  });

  it("sends at most 200 characters of an over-long ?q= to the API", async () => {
    const api = installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("a", [matrix])) : undefined,
    );
    renderApp(`/search?q=${"a".repeat(250)}`);
    await screen.findByRole("link", { name: "The Matrix" });
    expect(api.callsTo("/api/search").map((c) => c.url.searchParams.get("q"))).toEqual([
      "a".repeat(200),
    ]);
  });

  it("ignores Ctrl+/ and selects the existing text on `/`", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/search" ? json(searchPage("matrix", [matrix])) : undefined,
    );
    const app = renderApp("/search?q=matrix");
    await screen.findByRole("link", { name: "The Matrix" });

    await app.user.keyboard("{Control>}/{/Control}");
    expect(searchBox()).not.toHaveFocus();

    await app.user.keyboard("/");
    const box = searchBox() as HTMLInputElement;
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, "matrix".length]);
  });
});
