import { ApiError, NETWORK_ERROR } from "./api-error";

export interface ErrorCopy {
  title: string;
  detail: string;
}

/**
 * A calm, human message for any failure. Server messages for 4xx are written
 * for people and pass through; 5xx and network failures get our own words.
 * `secondsLeft` is what remains of the error's Retry-After wait, when counted down.
 */
export function describeError(error: unknown, secondsLeft?: number | null): ErrorCopy {
  const later = laterHint(error, secondsLeft);
  if (!(error instanceof ApiError)) {
    return { title: "Something went wrong", detail: `Please try again${later}.` };
  }
  if (error.code === NETWORK_ERROR) {
    return {
      title: "We can't reach Reelhouse right now",
      detail: "Check your connection and try again.",
    };
  }
  switch (error.status) {
    case 503:
      return {
        title: "The movie catalog is unavailable right now",
        detail: `Please try again${later}.`,
      };
    case 504:
      return {
        title: "The movie catalog took too long to answer",
        detail: `Please try again${later}.`,
      };
    case 502:
      return {
        title: "The movie catalog sent an answer we can't use",
        detail: `Please try again${later}.`,
      };
    case 429:
      return { title: "That's a lot of searching", detail: `Please try again${later}.` };
  }
  if (error.isClientError) return { title: "We couldn't do that", detail: error.message };
  return { title: "Something went wrong on our side", detail: `Please try again${later}.` };
}

function laterHint(error: unknown, secondsLeft?: number | null): string {
  if (!(error instanceof ApiError) || error.retryAfter === null) return " in a moment";
  const s = secondsLeft ?? error.retryAfter;
  if (s <= 0) return " now";
  return s === 1 ? " in a second" : ` in ${s} seconds`;
}
