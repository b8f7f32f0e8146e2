import styles from "./spinner.module.css";

/** A decorative spinner; pair it with visible or `sr-only` text that says what is loading. */
export function Spinner({ className }: { className?: string }) {
  return (
    <span className={[styles.spinner, className].filter(Boolean).join(" ")} aria-hidden="true" />
  );
}
