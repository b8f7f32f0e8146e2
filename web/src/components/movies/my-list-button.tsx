import { useIsInMyList } from "../../hooks/use-my-list";
import type { MovieSummary } from "../../lib/api-types";
import { addToMyList, removeFromMyList } from "../../lib/my-list-store";
import { Button } from "../ui/button/button";
import styles from "./movies.module.css";

function toggle(movie: MovieSummary, saved: boolean) {
  if (saved) removeFromMyList(movie.id);
  else addToMyList(movie);
}

function PlusOrCheck({ saved }: { saved: boolean }) {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d={saved ? "M5 12.5l4.5 4.5L19 7.5" : "M12 5v14M5 12h14"}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The details view's button: its words say what pressing it will do. */
export function MyListButton({ movie }: { movie: MovieSummary }) {
  const saved = useIsInMyList(movie.id);
  return (
    <Button variant="secondary" onClick={() => toggle(movie, saved)}>
      <PlusOrCheck saved={saved} />
      {saved ? "Remove from My List" : "Add to My List"}
    </Button>
  );
}

/** A card's round button, named with the film's title since many sit side by side. */
export function MyListToggle({ movie, tabIndex }: { movie: MovieSummary; tabIndex?: number }) {
  const saved = useIsInMyList(movie.id);
  return (
    <button
      type="button"
      className={`${styles.toggle} ${saved ? styles.saved : ""}`}
      onClick={() => toggle(movie, saved)}
      aria-label={saved ? `Remove ${movie.title} from My List` : `Add ${movie.title} to My List`}
      tabIndex={tabIndex}
    >
      <PlusOrCheck saved={saved} />
    </button>
  );
}
