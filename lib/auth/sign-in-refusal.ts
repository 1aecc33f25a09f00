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
