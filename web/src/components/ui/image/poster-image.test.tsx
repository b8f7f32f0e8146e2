import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PosterImage } from "./poster-image";

describe("PosterImage", () => {
  it("shows the designed fallback, not a broken image, when the artwork fails", () => {
    const { container } = render(
      <PosterImage src="https://image.example/poster.jpg" title="The Matrix" caption="1999" />,
    );
    const img = container.querySelector("img");
    expect(img).toHaveAttribute("src", "https://image.example/poster.jpg");
    expect(img).toHaveAttribute("loading", "lazy");

    fireEvent.error(img as HTMLImageElement);

    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText("The Matrix")).toBeVisible();
    expect(screen.getByText("1999")).toBeVisible();
    expect(container.firstElementChild).toHaveAttribute("data-image-status", "failed");
  });

  it("fades the artwork in once loaded and drops the fallback text", () => {
    const { container } = render(<PosterImage src="/api/posters/1.svg" title="Alien" />);
    const img = container.querySelector("img") as HTMLImageElement;
    expect(screen.getByText("Alien")).toBeInTheDocument();

    fireEvent.load(img);

    expect(container.firstElementChild).toHaveAttribute("data-image-status", "loaded");
    expect(screen.queryByText("Alien")).toBeNull();
  });

  it("draws the fallback straight away when there is no artwork", () => {
    const { container } = render(<PosterImage src={null} title="Heat" />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText("Heat")).toBeInTheDocument();
  });

  it("names a failed image by its alt text when it has one", () => {
    const { container } = render(
      <PosterImage src="https://image.example/x.jpg" title="Heat" alt="Heat poster" priority />,
    );
    const img = container.querySelector("img") as HTMLImageElement;
    expect(img).toHaveAttribute("loading", "eager");
    fireEvent.error(img);
    expect(screen.getByRole("img", { name: "Heat poster" })).toBeInTheDocument();
  });
});
