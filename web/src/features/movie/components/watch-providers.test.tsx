import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { WatchProviders } from "./watch-providers";

describe("WatchProviders", () => {
  it("groups the offers, names each provider and credits JustWatch", () => {
    render(
      <WatchProviders
        source="tmdb"
        providers={{
          region: "US",
          link: "https://www.themoviedb.org/movie/603-the-matrix/watch?locale=US",
          stream: [{ name: "Max", logoUrl: "https://image.tmdb.org/t/p/w92/max.jpg" }],
          free: [],
          rent: [{ name: "Apple TV", logoUrl: null }],
          buy: [{ name: "Apple TV", logoUrl: null }],
        }}
      />,
    );
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Stream",
      "Rent",
      "Buy",
    ]);
    expect(
      within(screen.getByRole("list", { name: "Stream (US)" })).getByText("Max"),
    ).toBeVisible();
    expect(screen.getByText(/from JustWatch/)).toHaveTextContent("Offers in US, from JustWatch.");
    expect(screen.getByRole("link", { name: "See all options" })).toHaveAttribute(
      "href",
      "https://www.themoviedb.org/movie/603-the-matrix/watch?locale=US",
    );
  });

  it("says why there is nothing to show", () => {
    const { rerender } = render(<WatchProviders source="offline" providers={null} />);
    expect(screen.getByText("Where to watch isn't known in the offline catalog")).toBeVisible();
    rerender(<WatchProviders source="tmdb" providers={null} />);
    expect(
      screen.getByText("No streaming, rental or purchase offers are listed for this title"),
    ).toBeVisible();
  });
});
