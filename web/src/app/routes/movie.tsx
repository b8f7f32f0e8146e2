import { useParams } from "react-router";
import { MovieDetails } from "../../features/movie/components/movie-details";
import { MovieNotFound } from "../../features/movie/components/movie-not-found";

/** `/movie/:id`, loaded as its own chunk. A malformed id is "not found" without asking the API. */
export default function MovieRoute() {
  const { id = "" } = useParams();
  const movieId = Number(id);
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(movieId) || movieId <= 0) {
    return <MovieNotFound />;
  }
  // Keyed so local state (the trailer player) starts over for each film.
  return <MovieDetails key={movieId} id={movieId} />;
}
