/**
 * The catalogue namespaces client components translate with: only these travel to the browser, in every page's
 * payload (the others are put into words on the server). A unit test keeps the list exact, both ways.
 */
export const clientNamespaces = [
  "apiKeys",
  "changePassword",
  "common",
  "customerUsers",
  "developers",
  "permissions",
  "pricing",
  "requests",
  "reservationCatalog",
  "reservations",
  "savingsPlans",
  "settings",
  "signIn",
  "subscriptions",
  "userMenu",
] as const;
