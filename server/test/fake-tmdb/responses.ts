/** What a fake endpoint answers; `server.ts` writes it to the socket. */
export type FakeResponse =
  | { kind: "body"; status: number; body: string; headers: Record<string, string> }
  /** Answers `answer` only after the fake's slow delay (abandoned if the client or the fake goes away). */
  | { kind: "slow"; answer: FakeResponse }
  /** Never answers (until the client or the fake goes away): an upstream that hangs. */
  | { kind: "hang" }
  /** Closes the connection without answering. */
  | { kind: "hang-up" };

export function json(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): FakeResponse {
  return { kind: "body", status, body: JSON.stringify(value), headers };
}

/**
 * TMDB's status messages, word for word, by TMDB `status_code`.
 * @see https://developer.themoviedb.org/docs/errors
 */
const STATUS_MESSAGES = {
  6: "Invalid id: The pre-requisite id is invalid or not found.",
  7: "Invalid API key: You must be granted a valid key.",
  9: "Service offline: This service is temporarily offline, try again later.",
  11: "Internal error: Something went wrong, contact TMDB.",
  22: "Invalid page: Pages start at 1 and max at 500. They are expected to be an integer.",
  24: "Your request to the backend server timed out. Try again.",
  25: "Your request count (#) is over the allowed limit of (40).",
  27: "Too many append to response objects: The maximum number of remote calls is 20.",
  34: "The resource you requested could not be found.",
} as const;

export type TmdbStatusCode = keyof typeof STATUS_MESSAGES;

/** TMDB's error body. Some real answers lack `success`; `omitSuccess` plays those. */
export function tmdbError(
  status: number,
  code: TmdbStatusCode,
  options: { omitSuccess?: boolean; headers?: Record<string, string> } = {},
): FakeResponse {
  const body = { status_code: code, status_message: STATUS_MESSAGES[code] };
  return json(status, options.omitSuccess ? body : { ...body, success: false }, options.headers);
}

export const notFound = (): FakeResponse => tmdbError(404, 34);
