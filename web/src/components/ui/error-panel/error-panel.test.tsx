import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../lib/api-error";
import { ErrorPanel } from "./error-panel";

describe("ErrorPanel", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("counts a Retry-After wait down instead of promising a number that goes stale", () => {
    render(
      <ErrorPanel error={new ApiError(429, "rate_limited", "slow down", 3)} onRetry={() => {}} />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Please try again in 3 seconds.");

    act(() => vi.advanceTimersByTime(1000));
    expect(alert).toHaveTextContent("Please try again in 2 seconds.");
    act(() => vi.advanceTimersByTime(1000));
    expect(alert).toHaveTextContent("Please try again in a second.");
    act(() => vi.advanceTimersByTime(1000));
    expect(alert).toHaveTextContent("Please try again now.");
    act(() => vi.advanceTimersByTime(5000));
    expect(alert).toHaveTextContent("Please try again now.");
  });

  it("starts over for a new error with the same wait", () => {
    const { rerender } = render(
      <ErrorPanel error={new ApiError(503, "down", "down", 2)} onRetry={() => {}} />,
    );
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByRole("alert")).toHaveTextContent("Please try again now.");

    rerender(<ErrorPanel error={new ApiError(503, "down", "down", 2)} onRetry={() => {}} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Please try again in 2 seconds.");
  });

  it("ticks once a second after a new error arrives mid-countdown", () => {
    const { rerender } = render(
      <ErrorPanel error={new ApiError(503, "down", "down", 5)} onRetry={() => {}} />,
    );
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole("alert")).toHaveTextContent("Please try again in 4 seconds.");

    rerender(<ErrorPanel error={new ApiError(503, "down", "down", 5)} onRetry={() => {}} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Please try again in 5 seconds.");
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole("alert")).toHaveTextContent("Please try again in 4 seconds.");
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole("alert")).toHaveTextContent("Please try again in 3 seconds.");
  });

  it("disables 'Try again' while the retry is in flight, and keeps the ticks quiet", () => {
    const { rerender } = render(
      <ErrorPanel error={new ApiError(503, "down", "down", 3)} onRetry={() => {}} />,
    );
    expect(screen.getByRole("button", { name: "Try again" })).toBeEnabled();
    // The countdown's text changes every second: a live region would announce each tick.
    expect(screen.getByText(/Please try again in 3 seconds/)).toHaveAttribute("aria-live", "off");

    rerender(
      <ErrorPanel error={new ApiError(503, "down", "down", 3)} onRetry={() => {}} retrying />,
    );
    expect(screen.getByRole("button", { name: "Try again" })).toBeDisabled();
  });
});
