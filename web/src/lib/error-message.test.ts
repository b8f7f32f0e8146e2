import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { describeError } from "./error-message";

describe("describeError", () => {
  it("words a 503 calmly and uses Retry-After", () => {
    expect(describeError(new ApiError(503, "upstream_unavailable", "TMDB down", 5))).toEqual({
      title: "The movie catalog is unavailable right now",
      detail: "Please try again in 5 seconds.",
    });
  });

  it("passes a 4xx message through, since it is written for people", () => {
    expect(describeError(new ApiError(400, "bad_request", "q must not be empty")).detail).toBe(
      "q must not be empty",
    );
  });

  it("passes any 4xx message through, not only a 400's", () => {
    expect(describeError(new ApiError(422, "invalid_year", "bad year"))).toEqual({
      title: "We couldn't do that",
      detail: "bad year",
    });
    expect(describeError(new ApiError(404, "not_found", "No such film.")).detail).toBe(
      "No such film.",
    );
  });

  it("hides 5xx internals and covers network failures", () => {
    expect(describeError(new ApiError(500, "internal", "stack trace")).detail).not.toContain(
      "stack",
    );
    expect(describeError(new ApiError(0, "network_error", "x")).title).toBe(
      "We can't reach Reelhouse right now",
    );
    expect(describeError(new Error("boom")).title).toBe("Something went wrong");
  });
});
