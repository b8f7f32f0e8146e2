import { type ComponentType, type LazyExoticComponent, lazy } from "react";

interface RouteModule {
  default: ComponentType;
}

export type LazyRoute = LazyExoticComponent<ComponentType> & {
  /** Fetches the route's code; once it settles, the route renders without suspending. */
  preload(): Promise<RouteModule>;
};

/** A thenable that already holds `value`: `then` calls back at once, not a microtask later. */
function settled<T>(value: T): PromiseLike<T> {
  return {
    // biome-ignore lint/suspicious/noThenProperty: a thenable that settles synchronously is the point.
    then(onFulfilled) {
      return Promise.resolve(onFulfilled ? onFulfilled(value) : value) as never;
    },
  };
}

/**
 * A page in a chunk of its own, like `React.lazy`, that can be fetched ahead
 * of its first render. `lazy` suspends on any promise, even a settled one,
 * and React then holds the page back for up to 300 ms after its fallback
 * showed (it batches reveals). Once preloaded, the factory hands `lazy` a
 * thenable that answers synchronously, so the page renders on the first pass.
 */
export function lazyRoute(load: () => Promise<RouteModule>): LazyRoute {
  let loaded: RouteModule | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  // lazy's type asks for a Promise; React only ever calls `then` on what it gets.
  const Route = lazy(() => (loaded ? (settled(loaded) as Promise<RouteModule>) : preload()));
  return Object.assign(Route, { preload });
}
