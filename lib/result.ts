import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "@/i18n/messages";

/**
 * A key of the message catalogues (messages/*.json). Use cases say why they refused with a key and its values,
 * never in words: each door puts it into words in its reader's language (the dashboard's user, the API's stable
 * English).
 */
export type Reason = MessageKeys<Messages, NestedKeyOf<Messages>>;
/** An amount of money in a reason: the door formats it in the reader's language. */
export type Money = { amountMinor: number; currency: string };
export type ReasonValues = Record<string, string | number | Date | Money>;
export type Explanation = { reason: Reason; values?: ReasonValues };

/**
 * Every expected refusal has a code, an HTTP status and a reason that is safe to show, in one table, so server
 * actions, route handlers and the UI all see the same shape.
 */
export const errorCatalog = {
  invalid_input: { status: 400, reason: "errors.invalid_input" },
  unauthenticated: { status: 401, reason: "errors.unauthenticated" },
  forbidden: { status: 403, reason: "errors.forbidden" },
  not_found: { status: 404, reason: "errors.not_found" },
  conflict: { status: 409, reason: "errors.conflict" },
  prerequisite_missing: { status: 409, reason: "errors.prerequisite_missing" },
  /** A save based on what someone else has changed since it was read (optimistic concurrency). */
  edit_conflict: { status: 409, reason: "errors.edit_conflict" },
  /** An API save whose If-Match names a version someone has changed since (HTTP's optimistic concurrency). */
  precondition_failed: { status: 412, reason: "errors.precondition_failed" },
  /** An API save of shared settings without If-Match: it must say which version it was based on. */
  precondition_required: { status: 428, reason: "errors.precondition_required" },
  /** The same Idempotency-Key sent again with a different request. */
  idempotency_key_reused: { status: 422, reason: "errors.idempotency_key_reused" },
  password_change_required: { status: 403, reason: "errors.password_change_required" },
  too_many_attempts: { status: 429, reason: "errors.too_many_attempts" },
  /** A sensitive act (a new API key, a password reset, a change to MFA) and the session's last MFA is too old. */
  recent_mfa_required: { status: 401, reason: "errors.recent_mfa_required" },
  /** A customer's own purchase over what is left of its monthly purchase limit. */
  purchase_limit_exceeded: { status: 409, reason: "errors.purchase_limit_exceeded" },
  /** A customer's own purchase above its approval amount: it can be submitted for approval, not bought. */
  approval_required: { status: 409, reason: "errors.approval_required" },
  /** An API key over its requests a minute. */
  rate_limited: { status: 429, reason: "errors.rate_limited" },
  cross_origin: { status: 403, reason: "errors.cross_origin" },
  length_required: { status: 411, reason: "errors.length_required" },
  payload_too_large: { status: 413, reason: "errors.payload_too_large" },
  unsupported_media_type: { status: 415, reason: "errors.unsupported_media_type" },
  /** The database could not be reached (stopped, restarting, failing over): come back in a few seconds. */
  database_unavailable: { status: 503, reason: "errors.database_unavailable" },
} as const satisfies Record<string, { status: number; reason: Reason }>;

export type ErrorCode = keyof typeof errorCatalog;

export type Failure = {
  ok: false;
  error: ErrorCode;
  reason: Reason;
  values?: ReasonValues;
  /** Field by field, what is wrong with invalid input. */
  fieldErrors?: Record<string, Explanation[]>;
};

export type Success<T> = { ok: true; data: T };
export type Result<T> = Success<T> | Failure;

export function ok<T>(data: T): Success<T> {
  return { ok: true, data };
}

export function fail(
  error: ErrorCode,
  reason: Reason = errorCatalog[error].reason,
  values?: ReasonValues,
  fieldErrors?: Record<string, Explanation[]>,
): Failure {
  const failure: Failure = { ok: false, error, reason };
  if (values) failure.values = values;
  if (fieldErrors) failure.fieldErrors = fieldErrors;
  return failure;
}

export function httpStatusOf(error: ErrorCode): number {
  return errorCatalog[error].status;
}
