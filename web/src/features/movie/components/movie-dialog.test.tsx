import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { apiError, installFakeApi, json } from "../../../testing/fake-api";
import { browsePage, movieDetails, movieSummary } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

function serve() {
  return installFakeApi((url) => {
    if (url.pathname === "/api/browse") return json(browsePage());
    if (url.pathname === "/api/movies/603") {
      return json(
        movieDetails({ similar: [movieSummary({ id: 604, title: "The Matrix Reloaded" })] }),
      );
    }
    if (url.pathname === "/api/movies/604") {
      return json(movieDetails({ id: 604, title: "The Matrix Reloaded", similar: [] }));
    }
    return undefined;
  });
}

async function openFromRow(app: ReturnType<typeof renderApp>) {
  const row = await screen.findByRole("region", { name: "Trending now" });
  const card = within(row).getByRole("link", { name: "The Matrix" });
  await app.user.click(card);
  const dialog = await screen.findByRole("dialog", { name: "The Matrix" });
  return { card, dialog };
}

describe("details as a dialog", () => {
  it("opens over the page it came from, with the film's URL", async () => {
    serve();
    const app = renderApp("/");
    const { dialog } = await openFromRow(app);

    expect(app.currentUrl()).toBe("/movie/603");
    expect(dialog).toHaveAttribute("open");
    expect(
      within(dialog).getByRole("heading", { level: 1, name: "The Matrix" }),
    ).toBeInTheDocument();
    // The page underneath is still the home page.
    expect(screen.getByRole("region", { name: "Trending now" })).toBeInTheDocument();
    expect(within(dialog).queryByRole("button", { name: "Back" })).toBeNull();
    await waitFor(() => expect(document.title).toBe("The Matrix (1999) · Reelhouse"));
  });

  it("closes on Escape, going back to the page's URL and focusing the card that opened it", async () => {
    serve();
    const app = renderApp("/");
    const { card } = await openFromRow(app);

    await app.user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(app.currentUrl()).toBe("/");
    expect(card).toHaveFocus();
    await waitFor(() => expect(document.title).toBe("Reelhouse"));
  });

  it("leaves the page's scroll position alone as the dialog opens and closes", async () => {
    serve();
    const app = renderApp("/");
    await screen.findByRole("region", { name: "Trending now" });
    const scrollTo = vi.spyOn(window, "scrollTo");

    await openFromRow(app);
    await app.user.click(screen.getByRole("button", { name: "Close details" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it("keeps Tab and Shift+Tab inside the dialog", async () => {
    serve();
    const app = renderApp("/");
    const { dialog } = await openFromRow(app);
    const close = within(dialog).getByRole("button", { name: "Close details" });

    close.focus();
    await app.user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).not.toBe(close);
    await app.user.tab();
    expect(close).toHaveFocus();
  });

  it("steps through 'More like this' inside the dialog and closes back to the page in one go", async () => {
    serve();
    const app = renderApp("/");
    const { dialog, card } = await openFromRow(app);

    const similar = await within(dialog).findByRole("list", { name: "More like this" });
    await app.user.click(within(similar).getByRole("link", { name: "The Matrix Reloaded" }));
    await screen.findByRole("dialog", { name: "The Matrix Reloaded" });
    expect(app.currentUrl()).toBe("/movie/604");

    await app.user.click(screen.getByRole("button", { name: "Close details" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(app.currentUrl()).toBe("/");
    expect(card).toHaveFocus();
  });

  it("is named by its own film when opened over a full details page", async () => {
    serve();
    const app = renderApp("/movie/603");
    const similar = await screen.findByRole("list", { name: "More like this" });
    await app.user.click(within(similar).getByRole("link", { name: "The Matrix Reloaded" }));
    // Not by the page's "The Matrix" heading underneath.
    expect(await screen.findByRole("dialog", { name: "The Matrix Reloaded" })).toBeInTheDocument();
  });

  it("has a name and no Back button when the film fails to load", async () => {
    installFakeApi((url) => {
      if (url.pathname === "/api/browse") return json(browsePage());
      if (url.pathname === "/api/movies/603") return apiError(504, "upstream_timeout", "slow");
      return undefined;
    });
    const app = renderApp("/");
    const row = await screen.findByRole("region", { name: "Trending now" });
    await app.user.click(within(row).getByRole("link", { name: "The Matrix" }));

    const dialog = await screen.findByRole("dialog", { name: "Couldn't load this title" });
    expect(within(dialog).getByRole("alert")).toHaveTextContent("took too long to answer");
    expect(within(dialog).queryByRole("button", { name: "Back" })).toBeNull();
  });

  it("shows the full page, not a dialog, for the URL on its own", async () => {
    serve();
    renderApp("/movie/603");
    expect(
      await screen.findByRole("heading", { level: 1, name: "The Matrix" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Back" })).toBeInTheDocument();
  });

  it("plays the trailer at once when opened from the billboard's 'Play trailer'", async () => {
    installFakeApi((url) => (url.pathname === "/api/browse" ? json(browsePage()) : undefined));
    const app = renderApp("/");
    expect(document.querySelector("iframe")).toBeNull();
    await app.user.click(await screen.findByRole("link", { name: "Play trailer" }));
    // The featured film came in full with the browse answer: no details request needed.
    const dialog = await screen.findByRole("dialog", { name: "Blade Runner" });
    expect(within(dialog).getByTitle("Blade Runner trailer").getAttribute("src")).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/eogpIG53Cis\?/,
    );
  });

  it("closes once, one step back, when Escape comes as both a keydown and a cancel", async () => {
    serve();
    const app = renderApp("/about");
    await act(() => app.router.navigate("/"));
    const { dialog } = await openFromRow(app);

    // Both arrive before React re-renders, as in a browser.
    act(() => {
      dialog.dispatchEvent(
        new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }),
      );
      dialog.dispatchEvent(new Event("cancel", { cancelable: true }));
    });

    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(app.currentUrl()).toBe("/");
  });

  it("takes over the browser's cancel (its own close would leave the URL behind)", async () => {
    serve();
    const app = renderApp("/");
    const { dialog } = await openFromRow(app);

    expect(fireEvent(dialog, new Event("cancel", { cancelable: true }))).toBe(false);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(app.currentUrl()).toBe("/");
  });

  it("leaves hidden controls out of the Tab cycle", async () => {
    serve();
    const app = renderApp("/");
    const { dialog } = await openFromRow(app);
    const close = within(dialog).getByRole("button", { name: "Close details" });
    const hidden = document.createElement("div");
    hidden.hidden = true;
    hidden.innerHTML = '<button type="button">Hidden</button>';
    const inert = document.createElement("div");
    inert.setAttribute("inert", "");
    inert.innerHTML = '<a href="/about">Inert</a>';
    dialog.append(hidden, inert);

    close.focus();
    await app.user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement?.textContent).not.toMatch(/^(Hidden|Inert)$/);
    expect(document.activeElement).not.toBe(close);
    hidden.remove();
    inert.remove();
  });

  it("asks for a backdrop no wider than the dialog", async () => {
    const backdropSrcSet =
      "https://image.tmdb.org/t/p/w780/b.jpg 780w, https://image.tmdb.org/t/p/w1280/b.jpg 1280w";
    installFakeApi((url) => {
      if (url.pathname === "/api/browse") return json(browsePage());
      if (url.pathname === "/api/movies/603") return json(movieDetails({ backdropSrcSet }));
      return undefined;
    });
    const app = renderApp("/");
    const { dialog } = await openFromRow(app);
    await within(dialog).findByRole("heading", { level: 1, name: "The Matrix" });
    const backdrop = dialog.querySelector(`img[srcset="${backdropSrcSet}"]`);
    expect(backdrop).toHaveAttribute("sizes", "min(58rem, 100vw)");
  });
});
