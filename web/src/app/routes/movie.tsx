import { useParams } from "react-router";
import { MovieDetails } from "../../features/movie/components/movie-details";
import { MovieNotFound } from "../../features/movie/components/movie-not-found";
import { parseMovieId } from "../../lib/movie-id";

/** `/movie/:id`, loaded as its own chunk. A malformed id is "not found" without asking the API. */
export default function MovieRoute() {
  const movieId = parseMovieId(useParams().id);
  if (movieId === null) return <MovieNotFound />;
  // Keyed so local state (the trailer player) starts over for each film.
  return <MovieDetails key={movieId} id={movieId} />;
}
