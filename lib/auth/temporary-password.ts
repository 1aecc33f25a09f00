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
