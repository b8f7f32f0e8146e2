import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { installFakeApi } from "../../testing/fake-api";
import { renderApp } from "../../testing/render-app";

// A page that fails to render (say, its code is broken or gone after a deploy).
vi.mock("../routes/about", () => ({
  default: function BrokenAbout(): never {
    throw new Error("The about page broke.");
  },
}));

describe("a page that throws", () => {
  it("shows the error view in the page's place, keeping the header and footer", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    installFakeApi();
    renderApp("/about");

    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong");
    expect(screen.getByRole("button", { name: "Reload the page" })).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: "Search" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    expect(screen.getByRole("contentinfo")).toBeInTheDocument();
  });
});
