import { Secret, TOTP } from "otpauth";

/**
 * Authenticator apps (TOTP, RFC 6238) with the settings every app reads: 6 digits, 30-second steps, SHA-1. A code is
 * accepted one step either side of now (clocks drift, people type slowly), and each step's code only once
 * (lib/mfa/second-factor.ts).
 */
export const authenticatorAppSettings = { algorithm: "SHA1", digits: 6, period: 30 } as const;

/** How many steps either side of now a code may come from. */
export const codeWindowSteps = 1;

/** A new shared key: 160 random bits (RFC 4226's recommended length), in base32 as apps take it. */
export function newAuthenticatorKey(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(key: string, accountName = "") {
  return new TOTP({
    ...authenticatorAppSettings,
    issuer: "Partner Console",
    label: accountName,
    secret: Secret.fromBase32(key),
  });
}

/** The otpauth:// address the enrollment QR code carries: the key and its settings, under the product's name. */
export function authenticatorAppUri(key: string, accountName: string): string {
  return totpOf(key, accountName).toString();
}

/** What the user typed, as a code: six digits, spaces allowed between them ("123 456" as apps show it). */
export function asAuthenticatorCode(typed: string): string | null {
  const code = typed.replace(/\s/g, "");
  return /^\d{6}$/.test(code) ? code : null;
}

/** The time step a code belongs to, if it is the key's code within the window around now; null for a wrong code. */
export function timeStepOfCode(key: string, code: string, now: Date): number | null {
  const delta = totpOf(key).validate({ token: code, timestamp: now.getTime(), window: codeWindowSteps });
  return delta === null ? null : timeStepAt(now) + delta;
}

export function timeStepAt(time: Date): number {
  return Math.floor(time.getTime() / 1000 / authenticatorAppSettings.period);
}

/** The key's code at a time: what an authenticator app shows (the seed's demo users, tests). */
export function authenticatorCodeAt(key: string, time: Date): string {
  return totpOf(key).generate({ timestamp: time.getTime() });
}
