import { render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { lazyRoute } from "./lazy-route";

function Page() {
  return <h1>The page</h1>;
}

const renderRoute = (Route: ReturnType<typeof lazyRoute>) =>
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <Route />
    </Suspense>,
  );

describe("lazyRoute", () => {
  it("shows the fallback while code it hasn't fetched yet arrives", async () => {
    const Route = lazyRoute(async () => ({ default: Page }));
    renderRoute(Route);
    expect(screen.getByText("Loading…")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "The page" })).toBeInTheDocument();
  });

  it("renders a preloaded route on the first pass, with no fallback", async () => {
    let loads = 0;
    const Route = lazyRoute(async () => {
      loads += 1;
      return { default: Page };
    });
    await Route.preload();
    renderRoute(Route);
    expect(screen.getByRole("heading", { name: "The page" })).toBeInTheDocument();
    expect(screen.queryByText("Loading…")).toBeNull();
    expect(loads).toBe(1);
  });
});
