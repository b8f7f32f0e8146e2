import { screen } from "@testing-library/react";
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
    expect(document.title).toBe("About · Reelhouse");
  });
});
