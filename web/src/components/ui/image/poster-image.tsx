import type { CSSProperties } from "react";
import { longestWordLength } from "./fallback-title";
import { placeholderGradient } from "./placeholder-gradient";
import styles from "./poster-image.module.css";
import { useImageStatus } from "./use-image-status";

interface PosterImageProps {
  src: string | null;
  /** The same image at several widths (`srcset`); the browser picks by `sizes`. */
  srcSet?: string | null | undefined;
  /** How wide the image shows, per viewport; needed with `srcSet`. */
  sizes?: string | undefined;
  /** Set on the designed fallback, so it says what the artwork would have shown. */
  title: string;
  /** A second line on the fallback, e.g. the year. */
  caption?: string | undefined;
  /** Empty (the default) when a nearby heading or link already names the film. */
  alt?: string;
  variant?: "poster" | "backdrop" | "fill";
  /** Cards below the fold load lazily; the details page's art and the billboard load first. */
  priority?: boolean;
  className?: string;
}

/** Intrinsic sizes per variant, so the browser reserves the box before the file arrives. */
const INTRINSIC = {
  poster: { width: 342, height: 513 },
  backdrop: { width: 1280, height: 720 },
  fill: { width: 1280, height: 720 },
} as const;

/**
 * Artwork with a reserved aspect ratio that fades in once loaded. Until then,
 * and for good if it fails (no network, dead URL, no artwork at all), a
 * designed fallback shows: the title on a gradient. Never a broken image.
 */
export function PosterImage({
  src,
  srcSet,
  sizes,
  title,
  caption,
  alt = "",
  variant = "poster",
  priority = false,
  className,
}: PosterImageProps) {
  const { status, onLoad, onError } = useImageStatus(src);
  const showsText = variant === "poster";
  const failedWithName = status === "failed" && alt !== "";

  return (
    <div
      className={[styles.frame, styles[variant], className].filter(Boolean).join(" ")}
      data-image-status={status}
    >
      <div
        className={styles.placeholder}
        style={{ background: placeholderGradient(title) }}
        {...(failedWithName ? { role: "img", "aria-label": alt } : { "aria-hidden": true })}
      >
        {showsText && status !== "loaded" && (
          <>
            <span
              className={styles.placeholderTitle}
              style={{ "--longest-word": longestWordLength(title) } as CSSProperties}
            >
              {title}
            </span>
            {caption && <span className={styles.placeholderCaption}>{caption}</span>}
          </>
        )}
      </div>
      {src && status !== "failed" && (
        <img
          className={`${styles.img} ${status === "loaded" ? styles.loaded : ""}`}
          src={src}
          srcSet={srcSet ?? undefined}
          sizes={srcSet ? sizes : undefined}
          width={INTRINSIC[variant].width}
          height={INTRINSIC[variant].height}
          alt={alt}
          loading={priority ? "eager" : "lazy"}
          fetchPriority={priority ? "high" : "auto"}
          decoding="async"
          onLoad={onLoad}
          onError={onError}
        />
      )}
    </div>
  );
}
