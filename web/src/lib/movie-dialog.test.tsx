import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { type Location, MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import {
  DialogLocationContext,
  isMovieDialogState,
  openerToRefocus,
  rememberOpener,
  replaceRemovedOpener,
  useMovieLinkState,
} from "./movie-dialog";

const searchPage: Location = {
  pathname: "/search",
  search: "?q=matrix",
  hash: "",
  state: null,
  key: "search",
};

describe("isMovieDialogState", () => {
  it("takes a link's state that names the page beneath and the depth", () => {
    expect(isMovieDialogState({ background: searchPage, depth: 1 })).toBe(true);
    expect(isMovieDialogState({ background: searchPage, depth: 2, playTrailer: true })).toBe(true);
  });

  it.each([
    null,
    undefined,
    "dialog",
    {},
    { background: searchPage },
    { background: null, depth: 1 },
    { background: searchPage, depth: "1" },
  ])("refuses %o, so a stray history state opens the full page instead", (state) => {
    expect(isMovieDialogState(state)).toBe(false);
  });
});

describe("useMovieLinkState", () => {
  function renderAt(path: string, dialog: Location | null = null) {
    return renderHook(() => useMovieLinkState({ playTrailer: true }), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <MemoryRouter initialEntries={[path]}>
          <DialogLocationContext.Provider value={dialog}>{children}</DialogLocationContext.Provider>
        </MemoryRouter>
      ),
    }).result.current;
  }

  it("opens the first dialog over the current page", () => {
    const state = renderAt("/search?q=matrix");
    expect(state).toMatchObject({ depth: 1, playTrailer: true });
    expect(state.background).toMatchObject({ pathname: "/search", search: "?q=matrix" });
  });

  it("opens a dialog from a dialog over the same page, one entry deeper", () => {
    const open: Location = {
      pathname: "/movie/603",
      search: "",
      hash: "",
      state: { background: searchPage, depth: 2 },
      key: "dialog",
    };
    expect(renderAt("/search?q=matrix", open)).toEqual({
      background: searchPage,
      depth: 3,
      playTrailer: true,
    });
  });
});

describe("the opener to give focus back to", () => {
  const attached: HTMLElement[] = [];
  function button(): HTMLElement {
    const element = document.createElement("button");
    document.body.append(element);
    attached.push(element);
    return element;
  }

  afterEach(() => {
    for (const element of attached.splice(0)) element.remove();
  });

  it("is the element that opened the dialog while it is on the page", () => {
    const card = button();
    rememberOpener(card);
    expect(openerToRefocus()).toBe(card);
    card.remove();
    expect(openerToRefocus()).toBeNull();
  });

  it("is replaced only once the opener has left the page", () => {
    const card = button();
    const neighbour = button();
    rememberOpener(card);
    replaceRemovedOpener(neighbour);
    expect(openerToRefocus()).toBe(card);

    card.remove();
    replaceRemovedOpener(neighbour);
    expect(openerToRefocus()).toBe(neighbour);
  });
});
