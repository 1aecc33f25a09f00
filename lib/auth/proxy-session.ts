import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

/**
 * The session the proxy read from the request's cookie, handed on to the page or action it lets through, so that the
 * session token is decrypted once per request rather than in the proxy and again in the door (decision record 021).
 * next-auth derives its key and decrypts the token on every read: a few percent of a write's time.
 *
 * The proxy sets this header on the request it passes on, replacing any a client sent. It is also signed with a key
 * derived from the session secret, so that a request that somehow reached a door without going through the proxy
 * (a path the matcher leaves out, a framework bug) cannot name a session: an unsigned or wrongly signed header is
 * ignored and the door reads the cookie itself. The door still checks the session in the database either way.
 */
export const proxySessionHeader = "x-partner-console-session";

export type ProxySession = { subject: string; sessionId: string };

const keys = new Map<string, Buffer>();
function key(): Buffer {
  const secret = authSecret();
  let derived = keys.get(secret);
  if (!derived) {
    derived = createHmac("sha256", secret).update("partner-console proxy session").digest();
    keys.set(secret, derived);
  }
  return derived;
}

const signatureOf = (value: string) => createHmac("sha256", key()).update(value).digest("base64url");

/** The header's value for a session token's subject and session id. */
export function vouchForSession({ subject, sessionId }: ProxySession): string {
  const value = `${subject} ${sessionId}`;
  return `${value} ${signatureOf(value)}`;
}

/** The session the proxy vouched for, or null when the header is absent, malformed or not signed with our key. */
export function vouchedSession(header: string | null): ProxySession | null {
  const parts = header?.split(" ");
  if (parts?.length !== 3) return null;
  const [subject, sessionId, signature] = parts;
  const expected = Buffer.from(signatureOf(`${subject} ${sessionId}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { subject, sessionId };
}
