import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import type { FakeTmdb } from "../../server/test/fake-tmdb/server.js";
import type { RunningApp } from "./app-server.js";
import { launchBrowser, VIEWPORTS } from "./browser.js";
import { type CatalogApp, type CatalogName, startCatalogApp } from "./catalogs.js";
import { stubOffMachineHosts } from "./network.js";
import { collectPageErrors } from "./page-helpers.js";

export type Viewport = { width: number; height: number };

export interface JourneyOptions {
  /** The catalog the app serves. Left out, no app starts: the journey writes its own pages. */
  catalog?: CatalogName;
  /** The fake TMDB's token, for a journey that must tell it apart wherever it turns up. */
  tmdbToken?: string;
  /**
   * Answer TMDB's image host and YouTube locally in every page (`support/network.ts`), for
   * journeys whose app may ask them. Off unless asked: any route turns off Chromium's HTTP
   * cache, which journeys about how pages load must keep as a visitor has it.
   */
  stubOffMachineHosts?: boolean;
  /** Pages' viewport unless `open` is given one (desktop when left out). */
  viewport?: Viewport;
}

export interface OpenOptions {
  viewport?: Viewport;
  deviceScaleFactor?: number;
  /**
   * The journey's own routes, added to the fresh context before its page opens: after the
   * off-machine stubs, so they see a request first and may `route.fallback()` to them.
   */
  prepare?: (context: BrowserContext) => Promise<unknown>;
}

export interface JourneyPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors: a journey asserts there are none where it cares. */
  errors: Error[];
  /** Requests to YouTube's embed (stubbed hosts only): how a journey sees a trailer load. */
  youtube: Request[];
}

export interface Journey {
  readonly app: RunningApp;
  /** The fake TMDB the app reads from (TMDB catalog only). */
  readonly tmdb: FakeTmdb;
  /** `path` on the running app. */
  url(path: string): string;
  /** A fresh context with one page, at `path` when given. */
  open(path?: string, options?: OpenOptions): Promise<JourneyPage>;
}

/**
 * The app on `catalog` and a Chromium for the enclosing `describe`: started once before its
 * journeys, stopped after them. Every context `open` makes is closed after its journey, so a
 * journey that fails midway leaves nothing behind for the next one.
 */
export function useJourney(options: JourneyOptions = {}): Journey {
  const { catalog, tmdbToken, stubOffMachineHosts: stub = false } = options;
  const defaultViewport = options.viewport ?? VIEWPORTS.desktop;
  let running: CatalogApp | undefined;
  let chromium: Browser | undefined;
  const contexts = new Set<BrowserContext>();

  beforeAll(async () => {
    // Side by side to save seconds; each kept as it comes up, so afterAll stops it even if
    // the other fails to start.
    await Promise.all([
      launchBrowser().then((browser) => {
        chromium = browser;
      }),
      catalog &&
        startCatalogApp(catalog, { tmdbToken }).then((app) => {
          running = app;
        }),
    ]);
  });
  afterEach(async () => {
    await Promise.all([...contexts].map((context) => context.close()));
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), running?.stop()]);
  });

  const requireApp = () => {
    if (!running) throw new Error(catalog ? "the app is not up yet" : "this journey has no app");
    return running;
  };
  const requireBrowser = () => {
    if (!chromium) throw new Error("Chromium is not up yet");
    return chromium;
  };
  const url = (path: string) => `${requireApp().app.url}${path}`;

  return {
    get app() {
      return requireApp().app;
    },
    get tmdb() {
      const { tmdb } = requireApp();
      if (!tmdb) throw new Error("the offline catalog has no fake TMDB");
      return tmdb;
    },
    url,
    async open(path, { viewport = defaultViewport, deviceScaleFactor, prepare } = {}) {
      const context = await requireBrowser().newContext({
        viewport,
        ...(deviceScaleFactor ? { deviceScaleFactor } : {}),
      });
      contexts.add(context);
      context.on("close", () => contexts.delete(context));
      const youtube = stub ? await stubOffMachineHosts(context) : [];
      await prepare?.(context);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      if (path !== undefined) await page.goto(url(path));
      return { context, page, errors, youtube };
    },
  };
}
