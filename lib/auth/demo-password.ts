/**
 * The password of the seeded demo users only. Set SEED_PASSWORD before the first start to choose another.
 * Users added later get a one-time temporary password instead (lib/auth/temporary-password.ts).
 */
export const demoPassword = () => process.env.SEED_PASSWORD || "partner-demo";
