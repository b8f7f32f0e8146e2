import type { ReactNode, Ref } from "react";
import styles from "./page-header.module.css";

/**
 * A list page's heading with its count beside it ("My List · 3 titles",
 * "Results for … · 120 titles"), wrapping under it on narrow screens. The
 * heading's id lets the page's landmark be named by it (`aria-labelledby`).
 */
export function PageHeader({
  titleId,
  title,
  count,
  countRole,
  countClassName,
  headingRef,
}: {
  titleId: string;
  title: ReactNode;
  count: ReactNode;
  /** `status` when the count changes while the page is open, so screen readers hear it. */
  countRole?: "status";
  countClassName?: string;
  /** For a page that moves focus to its heading (tabIndex -1: focusable, not a tab stop). */
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <div className={styles.header}>
      <h1
        id={titleId}
        className={styles.heading}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
      >
        {title}
      </h1>
      <p className={[styles.count, countClassName].filter(Boolean).join(" ")} role={countRole}>
        {count}
      </p>
    </div>
  );
}
