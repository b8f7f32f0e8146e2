import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { installFakeApi } from "../../testing/fake-api";
import { renderApp } from "../../testing/render-app";

const TMDB_NOTICE = "This product uses the TMDB API but is not endorsed or certified by TMDB.";

describe("layout", () => {
  it("shows our own wordmark, the Home link and the search box", () => {
    installFakeApi();
    renderApp("/");
    expect(screen.getByRole("link", { name: "Reelhouse" })).toHaveTextContent("Reelhouse");
    expect(screen.getByRole("navigation", { name: "Main" })).toContainElement(
      screen.getByRole("link", { name: "Home" }),
    );
    expect(screen.getByRole("searchbox", { name: "Search" })).toHaveAttribute("type", "search");
    expect(document.body).not.toHaveTextContent(/netflix/i);
  });

  it("credits TMDB in the footer when TMDB serves the data", async () => {
    installFakeApi(undefined, { source: "tmdb", version: "test" });
    renderApp("/");
    expect(await screen.findByText(TMDB_NOTICE)).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "TMDB" })).toBeInTheDocument();
    expect(screen.queryByText("Offline catalog")).toBeNull();
  });

  it("badges the offline catalog and credits its source", async () => {
    installFakeApi(undefined, { source: "offline", version: "test" });
    renderApp("/");
    expect(await screen.findByText("Offline catalog")).toBeInTheDocument();
    expect(screen.getByText(/vega-datasets movies sample/)).toBeInTheDocument();
    expect(screen.queryByText(TMDB_NOTICE)).toBeNull();
  });
});

describe("scroll position", () => {
  it("starts a new page at its top, but leaves Back and Forward to the browser", async () => {
    installFakeApi();
    const app = renderApp("/");
    const scrollTo = vi.spyOn(window, "scrollTo");

    await act(() => app.router.navigate("/about"));
    await waitFor(() => expect(scrollTo).toHaveBeenCalledWith(0, 0));
    scrollTo.mockClear();
    await act(() => app.router.navigate(-1));
    await screen.findByRole("heading", { level: 1, name: "Browse films" });
    await act(() => app.router.navigate(1));
    expect(app.currentUrl()).toBe("/about");
    await screen.findByRole("heading", { level: 1, name: /About/ });
    expect(scrollTo).not.toHaveBeenCalled();
  });
});

describe("routes", () => {
  it("titles the home page with the brand and names it for screen readers", () => {
    installFakeApi();
    renderApp("/");
    expect(document.title).toBe("Reelhouse");
    expect(screen.getByRole("heading", { level: 1, name: "Browse films" })).toBeInTheDocument();
  });

  it("links to My List and About from every page", () => {
    installFakeApi();
    renderApp("/no/such/page");
    expect(screen.getByRole("link", { name: "My List" })).toHaveAttribute("href", "/my-list");
    expect(screen.getByRole("link", { name: "About Reelhouse" })).toHaveAttribute("href", "/about");
  });

  it("answers an unknown path with a 'not found' page", () => {
    installFakeApi();
    renderApp("/no/such/page");
    expect(screen.getByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(document.title).toBe("Page not found · Reelhouse");
  });
});
