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
    const tmdb = screen.getByText(/come from The Movie Database/);
    await waitFor(() => expect(tmdb).not.toHaveAttribute("aria-hidden"));
    expect(screen.getByText(/built-in offline catalog/)).toHaveAttribute("aria-hidden", "true");
  });

  it("says when it serves the offline catalog, keeping the other note's room hidden", async () => {
    installFakeApi(undefined, { source: "offline", version: "test" });
    renderApp("/about");
    const offline = await screen.findByText(/built-in offline catalog/);
    await waitFor(() => expect(offline).not.toHaveAttribute("aria-hidden"));
    expect(screen.getByText(/come from The Movie Database/)).toHaveAttribute("aria-hidden", "true");
  });
});
