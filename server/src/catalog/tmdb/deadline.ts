/**
 * One upstream request's abort signal: the caller's own signal (the client
 * went away) combined with our timeout, remembering which one fired so a
 * caller's abort is never reported as TMDB being slow.
 */
export interface Deadline {
  readonly signal: AbortSignal;
  /** True when our timeout fired and the caller had not aborted. */
  timedOut(): boolean;
}

export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  return {
    signal,
    timedOut: () => timeout.aborted && !callerSignal?.aborted,
  };
}
