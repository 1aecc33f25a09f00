import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath, keepPrivate } from "@/db/client";

/** The secret read from each file: it never changes once written, and every request needs it (twice, before). */
const readSecrets = new Map<string, string>();

/**
 * The key that signs session tokens: NEXTAUTH_SECRET if set, else one generated on first start and
 * kept beside the database (outside git), so a fresh clone needs no configuration.
 */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(path.dirname(databasePath()), "auth-secret");
  let secret = readSecrets.get(file);
  if (!secret) {
    secret = secretInFile(file);
    readSecrets.set(file, secret);
  }
  return secret;
}

function secretInFile(file: string): string {
  try {
    const secret = fs.readFileSync(file, "utf8").trim();
    // Whoever can read it can sign sessions: one left readable by all by an earlier version is closed.
    keepPrivate(file);
    return secret;
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      // Another process created it first: use theirs.
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}

/**
 * Whether a request reached the app over HTTPS, decided as next-auth decides it for its cookies (Secure and
 * __Secure- prefixed over HTTPS): NEXTAUTH_URL's scheme when it is set, else X-Forwarded-Proto, which
 * server/server.mjs sets from the connection itself or from a proxy the operator declared trusted.
 */
export function servedOverHttps(headers: Pick<Headers, "get">): boolean {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return configured.startsWith("https://");
  return headers.get("x-forwarded-proto") !== "http";
}
