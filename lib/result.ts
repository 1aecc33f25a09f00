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
