import { useCallback, useState } from "react";

export type ImageStatus = "loading" | "loaded" | "failed";

/**
 * Tracks one image's load. A missing `src` counts as failed, so callers show
 * their designed fallback instead of a broken-image icon. The status starts
 * over when `src` changes.
 */
export function useImageStatus(src: string | null | undefined) {
  const [state, setState] = useState<{ src: typeof src; status: ImageStatus }>({
    src,
    status: "loading",
  });
  if (state.src !== src) setState({ src, status: "loading" });

  const onLoad = useCallback(() => setState({ src, status: "loaded" }), [src]);
  const onError = useCallback(() => setState({ src, status: "failed" }), [src]);

  const status: ImageStatus = !src ? "failed" : state.src === src ? state.status : "loading";
  return { status, onLoad, onError };
}
