import { useCallback, useId, useRef } from "react";
import { useNavigate } from "react-router";
import { useModalDialog } from "../hooks/use-modal-dialog";
import { MovieDetails } from "./movie-details";
import styles from "./movie-dialog.module.css";

interface MovieDialogProps {
  id: number;
  /** History entries since the page: closing goes back to the page in one step. */
  depth: number;
  playTrailer: boolean;
}

/** A film's details over the page it was opened from; a full-screen sheet on phones. */
export default function MovieDialog({ id, depth, playTrailer }: MovieDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const navigate = useNavigate();
  const close = useCallback(() => navigate(-depth), [navigate, depth]);
  useModalDialog(ref, close);

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId}>
      <button type="button" className={styles.close} onClick={close} aria-label="Close details">
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M6 6l12 12M18 6L6 18"
            stroke="currentColor"
            strokeWidth="2.4"
            strokeLinecap="round"
          />
        </svg>
      </button>
      {/* Keyed so local state (the trailer player) starts over for each film. */}
      <MovieDetails key={id} id={id} variant="dialog" playTrailer={playTrailer} titleId={titleId} />
    </dialog>
  );
}
