/** How long typing must pause before the URL (and so the request) follows. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The API rejects longer queries with 400; the input stops there instead. */
export const SEARCH_MAX_LENGTH = 200;

/**
 * Quick searches offered by the search page before anything is typed and by
 * its empty state. Written as queries (lower case) so a link named "matrix" is
 * never mistaken for a result named "The Matrix".
 */
export const SAMPLE_SEARCHES = ["matrix", "star wars", "titanic", "toy story", "godfather"];
