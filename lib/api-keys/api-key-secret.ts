import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * An API key as a program sends it: `pck_<key id>_<secret>`. The key id (public, 16 hex digits) finds the key; the
 * secret (256 random bits) proves it. Only the secret's SHA-256 is stored: with that much randomness a slow hash
 * adds nothing, and every API request can check it in microseconds.
 */
const keyPattern = /^(pck_[0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export type NewApiKeySecret = { keyId: string; key: string; secretHash: string };

export function newApiKeySecret(): NewApiKeySecret {
  const keyId = `pck_${randomBytes(8).toString("hex")}`;
  const secret = randomBytes(32).toString("base64url");
  return { keyId, key: `${keyId}_${secret}`, secretHash: hashSecret(secret) };
}

function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

/** The key id and secret of a presented key, or null when it is not shaped like one of ours. */
export function parseApiKey(presented: string): { keyId: string; secret: string } | null {
  const match = keyPattern.exec(presented);
  return match ? { keyId: match[1], secret: match[2] } : null;
}

/** Whether a presented secret is the one whose hash is stored, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret));
  const stored = Buffer.from(storedHash);
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** The key in an `Authorization: Bearer …` header; null when the header is absent, undefined when it is malformed. */
export function bearerToken(authorization: string | null): string | null | undefined {
  if (authorization === null) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match ? match[1] : undefined;
}
