/**
 * The password of every seeded user and of users added on a customer's Users page: this app has no e-mail to
 * send an invitation with. Set SEED_PASSWORD before the first start to choose another.
 */
export const demoPassword = () => process.env.SEED_PASSWORD || "partner-demo";
