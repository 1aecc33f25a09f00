/**
 * The password of the seeded demo users only. Set SEED_PASSWORD before the first start to choose another.
 * Users added later get a one-time temporary password instead (lib/auth/temporary-password.ts).
 */
export const demoPassword = () => process.env.SEED_PASSWORD || "partner-demo";

/**
 * The authenticator app key (TOTP, base32) the seeded demo partner users are enrolled with, so that anyone with the
 * README can add it to an authenticator app and sign in, and test automation can compute codes. Demo data only; set
 * SEED_AUTHENTICATOR_KEY before the first start to choose another.
 */
export const demoAuthenticatorKey = () => process.env.SEED_AUTHENTICATOR_KEY || "PARTNERCONSOLEDEMOKEY234567ABCDE";
