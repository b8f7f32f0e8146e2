import type { Socket } from "node:net";
import type { HttpErrorCode } from "./error-codes.js";

/**
 * Answers requests Node's HTTP parser rejects before Fastify sees them
 * (malformed request lines, bad encodings, headers over 16 KiB) with our
 * JSON envelope instead of Fastify's default body, then closes the socket.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // The client is gone already: nobody to answer.
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const timedOut = error.code === "ERR_HTTP_REQUEST_TIMEOUT";
  const [status, reason, code, message]: [number, string, HttpErrorCode, string] = tooLarge
    ? [
        431,
        "Request Header Fields Too Large",
        "headers_too_large",
        "The request's headers are too large.",
      ]
    : timedOut
      ? [408, "Request Timeout", "request_timeout", "The request took too long to arrive."]
      : [400, "Bad Request", "bad_request", "The request is not valid HTTP."];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "Connection: close\r\n\r\n" +
      body,
  );
}
