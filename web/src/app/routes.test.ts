import { describe, expect, it } from "vitest";
import { lazyRouteAt } from "./routes";

describe("lazyRouteAt", () => {
  it("names the on-demand page a deep link opens", () => {
    expect(lazyRouteAt("/movie/603")).toBeDefined();
    expect(lazyRouteAt("/search")).toBeDefined();
    expect(lazyRouteAt("/my-list")).toBeDefined();
    expect(lazyRouteAt("/about")).toBeDefined();
    expect(lazyRouteAt("/movie/603")).not.toBe(lazyRouteAt("/search"));
  });

  it("has nothing to fetch for the home page or an unknown address", () => {
    expect(lazyRouteAt("/")).toBeUndefined();
    expect(lazyRouteAt("/nowhere")).toBeUndefined();
  });
});
