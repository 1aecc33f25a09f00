/**
 * Every expected refusal has a code, an HTTP status and a message that is safe to show, in one table,
 * so server actions, route handlers and the UI all see the same shape.
 */
export const errorCatalog = {
  invalid_input: { status: 400, message: "The request is not valid." },
  unauthenticated: { status: 401, message: "Sign in to continue." },
  forbidden: { status: 403, message: "You don't have permission to do that." },
  not_found: { status: 404, message: "That item was not found." },
  conflict: { status: 409, message: "That conflicts with what is already there." },
  prerequisite_missing: { status: 409, message: "A prerequisite is missing." },
  /** A save based on what someone else has changed since it was read (optimistic concurrency). */
  edit_conflict: {
    status: 409,
    message: "Someone else changed this since you opened it. Reload to see their changes, then make yours again.",
  },
  /** The same Idempotency-Key sent again with a different request. */
  idempotency_key_reused: {
    status: 422,
    message: "This idempotency key was already used for a different request. Use a new key for a new request.",
  },
  password_change_required: { status: 403, message: "Change your temporary password to continue." },
  too_many_attempts: { status: 429, message: "Too many failed sign-in attempts. Try again later." },
  /** An API key over its requests a minute. */
  rate_limited: { status: 429, message: "Too many requests with this API key. Try again after Retry-After seconds." },
  cross_origin: { status: 403, message: "Requests from other sites are not accepted." },
  length_required: { status: 411, message: "Say how long the request body is (Content-Length)." },
  payload_too_large: { status: 413, message: "The request body is too large." },
  unsupported_media_type: { status: 415, message: "Send the request body as JSON (Content-Type: application/json)." },
} as const;

export type ErrorCode = keyof typeof errorCatalog;

export type Failure = {
  ok: false;
  error: ErrorCode;
  message: string;
  /** Field-level messages for invalid input. */
  fieldErrors?: Record<string, string[]>;
};

export type Success<T> = { ok: true; data: T };
export type Result<T> = Success<T> | Failure;

export function ok<T>(data: T): Success<T> {
  return { ok: true, data };
}

export function fail(
  error: ErrorCode,
  message: string = errorCatalog[error].message,
  fieldErrors?: Record<string, string[]>,
): Failure {
  return fieldErrors ? { ok: false, error, message, fieldErrors } : { ok: false, error, message };
}

export function httpStatusOf(error: ErrorCode): number {
  return errorCatalog[error].status;
}
