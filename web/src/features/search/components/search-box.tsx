import { useRef } from "react";
import { paths } from "../../../config/paths";
import { SEARCH_MAX_LENGTH } from "../../../config/search";
import { useSearchText } from "../hooks/use-search-text";
import { useSlashToFocus } from "../hooks/use-slash-to-focus";
import styles from "./search-box.module.css";

/** The header's search field. Its accessible name is exactly "Search". */
export function SearchBox() {
  const inputRef = useRef<HTMLInputElement>(null);
  const { text, change, submit } = useSearchText();
  useSlashToFocus(inputRef);

  return (
    <search>
      <form
        className={styles.form}
        action={paths.search()}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor="site-search" className="sr-only">
          Search
        </label>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id="site-search"
          className={styles.input}
          type="search"
          name="q"
          value={text}
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            // A search field's native Escape empties it, which would throw the
            // results away; here Escape only leaves the field, as after "/".
            if (event.key !== "Escape") return;
            event.preventDefault();
            event.currentTarget.blur();
          }}
          placeholder="Titles, e.g. The Matrix"
          maxLength={SEARCH_MAX_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          aria-keyshortcuts="/"
        />
      </form>
    </search>
  );
}
