import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { apiError, installFakeApi, json } from "../../../testing/fake-api";
import { movieDetails, movieSummary, searchPage } from "../../../testing/fixtures";
import { renderApp } from "../../../testing/render-app";

function serveMovie(details = movieDetails()) {
  return installFakeApi((url) => {
    if (url.pathname === `/api/movies/${details.id}`) return json(details);
    if (url.pathname === "/api/search") return json(searchPage("matrix", [movieSummary()]));
    return undefined;
  });
}

describe("movie details", () => {
  it("renders the title as the page heading with its meta line, facts and title", async () => {
    serveMovie();
    renderApp("/movie/603");

    expect(
      await screen.findByRole("heading", { level: 1, name: "The Matrix" }),
    ).toBeInTheDocument();
    const meta = screen.getByTestId("movie-meta");
    expect(meta).toHaveTextContent("1999");
    expect(within(meta).getByText("2h 16m")).toBeInTheDocument();
    expect(meta).toHaveTextContent("Rated R");
    expect(meta).toHaveTextContent("★ Rated 8.2 out of 10 (24K votes)");
    expect(
      within(screen.getByRole("list", { name: "Genres" })).getAllByRole("listitem"),
    ).toHaveLength(2);
    expect(screen.getByText("Welcome to the Real World.")).toBeInTheDocument();
    expect(screen.getByText("A hacker learns the truth about his reality.")).toBeInTheDocument();
    expect(screen.getByText("Directors").nextElementSibling).toHaveTextContent(
      "Lana Wachowski, Lilly Wachowski",
    );
    expect(screen.getByText("Budget").nextElementSibling).toHaveTextContent("$63M");
    expect(screen.getByText("Box office").nextElementSibling).toHaveTextContent("$463.5M");
    expect(screen.getByText("Rotten Tomatoes").nextElementSibling).toHaveTextContent("88%");
    await waitFor(() => expect(document.title).toBe("The Matrix (1999) · Reelhouse"));
  });

  it("says so when there is no trailer and no cast (offline catalog)", async () => {
    serveMovie(movieDetails({ trailer: null, cast: [] }));
    renderApp("/movie/603");

    expect(await screen.findByText("No trailer available")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Play trailer" })).toBeNull();
    expect(
      screen.getByText("Cast information isn't available in the offline catalog"),
    ).toBeInTheDocument();
  });

  it("embeds the trailer only after 'Play trailer' is clicked", async () => {
    serveMovie(
      movieDetails({
        source: "tmdb",
        trailer: {
          site: "YouTube",
          key: "vKQi3bBA1y8",
          url: "https://www.youtube.com/watch?v=vKQi3bBA1y8",
        },
      }),
    );
    const app = renderApp("/movie/603");

    const play = await screen.findByRole("button", { name: "Play trailer" });
    expect(document.querySelector("iframe")).toBeNull();

    await app.user.click(play);
    const player = screen.getByTitle("The Matrix trailer");
    expect(player.tagName).toBe("IFRAME");
    expect(player.getAttribute("src")).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/vKQi3bBA1y8(\?|$)/,
    );

    // Asked for by a click: it plays at once rather than making the viewer click again.
    expect(new URL(player.getAttribute("src") ?? "").searchParams.get("autoplay")).toBe("1");

    await app.user.click(screen.getByRole("button", { name: "Close trailer" }));
    expect(document.querySelector("iframe")).toBeNull();
  });

  it("links a trailer hosted elsewhere in a new tab, sending no referrer", async () => {
    serveMovie(
      movieDetails({
        trailer: { site: "Vimeo", key: "123", url: "https://vimeo.com/123" },
      }),
    );
    renderApp("/movie/603");
    const link = await screen.findByRole("link", { name: "Watch trailer on Vimeo" });
    expect(link).toHaveAttribute("href", "https://vimeo.com/123");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link.getAttribute("rel")?.split(/\s+/)).toContain("noreferrer");
  });

  it("titles a film with no known year by its name alone", async () => {
    serveMovie(movieDetails({ year: null, releaseDate: null }));
    renderApp("/movie/603");
    await screen.findByRole("heading", { level: 1, name: "The Matrix" });
    await waitFor(() => expect(document.title).toBe("The Matrix · Reelhouse"));
  });

  it("shows cast photos, falling back to initials when a photo is missing or fails", async () => {
    serveMovie(
      movieDetails({
        source: "tmdb",
        cast: [
          {
            name: "Keanu Reeves",
            character: "Neo",
            profileUrl: "https://image.tmdb.org/keanu.jpg",
          },
          { name: "Carrie-Anne Moss", character: "Trinity", profileUrl: null },
        ],
      }),
    );
    renderApp("/movie/603");

    const cast = await screen.findByRole("list", { name: "Cast" });
    const [keanu, carrie] = within(cast).getAllByRole("listitem");
    expect(keanu).toHaveTextContent("Keanu Reeves");
    expect(keanu).toHaveTextContent("as Neo");
    expect(carrie).toHaveTextContent("CM");
    const photo = keanu?.querySelector("img") as HTMLImageElement;
    expect(photo).toHaveAttribute("src", "https://image.tmdb.org/keanu.jpg");

    fireEvent.error(photo);
    expect(keanu?.querySelector("img")).toBeNull();
    expect(keanu).toHaveTextContent("KR");
  });

  it("links 'More like this' cards to their pages", async () => {
    serveMovie(
      movieDetails({ similar: [movieSummary({ id: 604, title: "The Matrix Reloaded" })] }),
    );
    renderApp("/movie/603");

    const similar = await screen.findByRole("list", { name: "More like this" });
    expect(within(similar).getByRole("link", { name: "The Matrix Reloaded" })).toHaveAttribute(
      "href",
      "/movie/604",
    );
  });

  it("shows 'not found' for an unknown id without retrying", async () => {
    const api = installFakeApi();
    renderApp("/movie/999999");

    expect(
      await screen.findByRole("heading", { level: 1, name: "We couldn't find that title" }),
    ).toBeInTheDocument();
    expect(api.callsTo("/api/movies/999999")).toHaveLength(1);
    await waitFor(() => expect(document.title).toBe("Title not found · Reelhouse"));
  });

  // 12345678901 is a safe integer, but longer than the API takes: asking would answer 400.
  it.each(["abc", "12345678901"])(
    "treats the id %j as not found without asking the API",
    async (id) => {
      const api = installFakeApi();
      renderApp(`/movie/${id}`);
      expect(
        await screen.findByRole("heading", { name: "We couldn't find that title" }),
      ).toBeInTheDocument();
      expect(api.calls.filter((c) => c.url.pathname.startsWith("/api/movies"))).toHaveLength(0);
    },
  );

  it("offers a retry for other failures", async () => {
    let down = true;
    installFakeApi((url) => {
      if (url.pathname !== "/api/movies/603") return undefined;
      return down ? apiError(503, "upstream_unavailable", "down") : json(movieDetails());
    });
    const app = renderApp("/movie/603");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The movie catalog is unavailable right now");
    down = false;
    await app.user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "The Matrix" }),
    ).toBeInTheDocument();
  });

  it("gives a page that failed to load a heading, a document title and Back", async () => {
    installFakeApi((url) =>
      url.pathname === "/api/movies/603" ? apiError(504, "upstream_timeout", "slow") : undefined,
    );
    const app = renderApp("/movie/603");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Couldn't load this title" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The movie catalog took too long to answer",
    );
    await waitFor(() => expect(document.title).toBe("Couldn't load this title · Reelhouse"));
    await app.user.click(screen.getByRole("button", { name: "Back" }));
    expect(app.currentUrl()).toBe("/");
  });

  it("goes back to where it came from when the full page was reached inside the app", async () => {
    serveMovie();
    const app = renderApp("/search?q=matrix");
    await screen.findByRole("link", { name: "The Matrix" });
    // A plain link (no dialog state), e.g. typed into the address bar of an open tab.
    await act(() => app.router.navigate("/movie/603"));
    await screen.findByRole("heading", { level: 1, name: "The Matrix" });
    expect(screen.queryByRole("dialog")).toBeNull();

    await app.user.click(screen.getByRole("button", { name: "Back" }));
    expect(
      await screen.findByRole("heading", { name: "Results for “matrix”" }),
    ).toBeInTheDocument();
    expect(app.currentUrl()).toBe("/search?q=matrix");
  });

  it("goes home from a page opened directly", async () => {
    serveMovie();
    const app = renderApp("/movie/603");
    await app.user.click(await screen.findByRole("button", { name: "Back" }));
    expect(app.currentUrl()).toBe("/");
  });
});
