/**
 * A fresh idempotency key for a purchase a person is about to confirm. Built from getRandomValues, which
 * browsers offer on plain-HTTP pages too (randomUUID needs a secure context).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
