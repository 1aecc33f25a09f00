import type { TemporaryPasswordRefusal } from "./temporary-password";

/**
 * How a lockout travels from the server's sign-in to the sign-in form: next-auth passes the message of an error
 * thrown by `authorize` on as its `error`, so the message carries the time the lock ends.
 */
const prefix = "TooManyAttempts:";

export function lockoutError(retryAt: Date): string {
  return `${prefix}${retryAt.toISOString()}`;
}

/** When the lock ends, if the error is a lockout; null for any other refusal. */
export function lockoutEnd(error: string | null | undefined): Date | null {
  if (!error?.startsWith(prefix)) return null;
  const end = new Date(error.slice(prefix.length));
  return Number.isNaN(end.getTime()) ? null : end;
}

/**
 * A temporary password refused after it was verified right (its one sign-in was had, or its time is up) travels the
 * same way, as its own code; null for any other refusal.
 */
export function temporaryPasswordRefusalOf(error: string | null | undefined): TemporaryPasswordRefusal | null {
  return error === "temporary_password_used" || error === "temporary_password_expired" ? error : null;
}

/** The password step's answer when a second factor is to be shown with it (right password or not, by design). */
export const secondFactorRequired = "second_factor_required";
