import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { installFakeApi } from "../../../testing/fake-api";
import { renderApp } from "../../../testing/render-app";

describe("About", () => {
  it("carries TMDB's notice and logo, and JustWatch's credit", async () => {
    installFakeApi(undefined, { source: "tmdb", version: "test" });
    renderApp("/about");
    expect(
      await screen.findByRole("heading", { level: 1, name: "About Reelhouse" }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(
        "This product uses the TMDB API but is not endorsed or certified by TMDB.",
      ).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByRole("img", { name: "TMDB" }).length).toBeGreaterThan(0);
    expect(screen.getByText(/come from JustWatch/)).toBeInTheDocument();
    // The title is set by an effect, which may run a moment after the heading shows.
    await waitFor(() => expect(document.title).toBe("About · Reelhouse"));
    await waitFor(() =>
      expect(screen.getByText(/come from The Movie Database/)).not.toHaveAttribute("aria-hidden"),
    );
    // Not kept hidden: its room would be a blank under the TMDB note.
    expect(screen.queryByText(/built-in offline catalog/)).toBeNull();
  });

  it("says when it serves the offline catalog, without the TMDB note", async () => {
    installFakeApi(undefined, { source: "offline", version: "test" });
    renderApp("/about");
    await waitFor(() =>
      expect(screen.getByText(/built-in offline catalog/)).not.toHaveAttribute("aria-hidden"),
    );
    expect(screen.queryByText(/come from The Movie Database/)).toBeNull();
  });

  it("holds both notes' room, hidden, until it knows which catalog serves", async () => {
    installFakeApi((url) => (url.pathname === "/api/meta" ? new Promise(() => {}) : undefined));
    renderApp("/about");
    await screen.findByRole("heading", { level: 1, name: "About Reelhouse" });
    expect(screen.getByText(/built-in offline catalog/)).toHaveAttribute("aria-hidden", "true");
    expect(screen.getByText(/come from The Movie Database/)).toHaveAttribute("aria-hidden", "true");
  });
});
