import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: a temporary password is read off a screen and typed in by someone else.
const upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const lower = "abcdefghijkmnopqrstuvwxyz";
const digits = "23456789";
const alphabet = upper + lower + digits;

/**
 * A one-time password for a new user or a reset, as Partner Center hands out: three groups of four
 * (about 71 bits), with upper case, lower case and digits so that it meets Entra ID's complexity rule.
 */
export function newTemporaryPassword(): string {
  for (;;) {
    const characters = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]);
    const password = [0, 4, 8].map((start) => characters.slice(start, start + 4).join("")).join("-");
    if ([upper, lower, digits].every((set) => characters.some((c) => set.includes(c)))) return password;
  }
}

/** How long a temporary password works, from when it is issued: long enough to hand over, too short to linger. */
export const temporaryPasswordLifetimeMs = 24 * 60 * 60 * 1000;

/** What a user's row holds with a freshly issued temporary password (a new user, a reset): one sign-in, for 24 hours. */
export function issuedTemporaryPassword(now: Date) {
  return {
    mustChangePassword: true,
    temporaryPasswordExpiresAt: new Date(now.getTime() + temporaryPasswordLifetimeMs),
    temporaryPasswordUsedAt: null,
  };
}

/** What a user's row holds once they chose their own password: nothing left of the temporary one. */
export const ownPasswordChosen = {
  mustChangePassword: false,
  temporaryPasswordExpiresAt: null,
  temporaryPasswordUsedAt: null,
};

export type TemporaryPasswordRefusal = "temporary_password_used" | "temporary_password_expired";

/**
 * Why a temporary password, already verified right, no longer signs in: it was good for one sign-in, within 24
 * hours. Null when it still may, or when the user's password is their own (no expiry).
 */
export function temporaryPasswordRefusal(
  user: { temporaryPasswordExpiresAt: Date | null; temporaryPasswordUsedAt: Date | null },
  now: Date,
): TemporaryPasswordRefusal | null {
  if (!user.temporaryPasswordExpiresAt) return null;
  if (user.temporaryPasswordUsedAt) return "temporary_password_used";
  return now >= user.temporaryPasswordExpiresAt ? "temporary_password_expired" : null;
}
