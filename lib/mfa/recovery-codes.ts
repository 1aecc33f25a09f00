import { createHash, randomInt } from "node:crypto";

/** Ten one-time codes, shown once when MFA is set up (or the codes renewed), for a lost device. */
export const recoveryCodeCount = 10;

// No 0/o, 1/l/i: a code is copied from paper by hand. 31 letters and digits, 10 of them: about 50 bits a code.
const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

/** A new set of recovery codes, as shown: "k7m2p-x9c4r". */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const letters = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
    return `${letters.slice(0, 5)}-${letters.slice(5)}`;
  });
}

/** What the user typed, as a recovery code: case, spaces and the hyphen do not matter. */
export function asRecoveryCode(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]/g, "");
  return code.length === 10 && [...code].every((c) => alphabet.includes(c)) ? code : null;
}

/**
 * Only a hash is kept. A fast one is enough: each code is 50 random bits, not a password a person chose, so a copy of
 * the table cannot be searched for them.
 */
export function recoveryCodeHash(code: string): string {
  const normalized = asRecoveryCode(code) ?? code;
  return createHash("sha256").update(normalized).digest("base64url");
}
