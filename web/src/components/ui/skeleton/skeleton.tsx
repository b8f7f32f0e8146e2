import type { CSSProperties } from "react";
import styles from "./skeleton.module.css";

interface SkeletonProps {
  width?: CSSProperties["width"];
  height?: CSSProperties["height"];
  /** e.g. "2 / 3" for a poster, so the final image causes no layout jump. */
  aspectRatio?: CSSProperties["aspectRatio"];
  className?: string;
}

/** A shimmering block with the final element's size. Hidden from assistive tech. */
export function Skeleton({ width, height = "1em", aspectRatio, className }: SkeletonProps) {
  return (
    <span
      aria-hidden="true"
      className={[styles.skeleton, className].filter(Boolean).join(" ")}
      style={{ width, height: aspectRatio ? undefined : height, aspectRatio }}
    />
  );
}
