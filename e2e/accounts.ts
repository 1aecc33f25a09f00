import path from "node:path";

export const demoPassword = process.env.SEED_PASSWORD || "partner-demo";

export const accounts = {
  admin: { email: "admin@contoso-csp.example", name: "Adele Vance", role: "Admin agent" },
  sales: { email: "sales@contoso-csp.example", name: "Lee Gu", role: "Sales agent" },
  helpdesk: { email: "helpdesk@contoso-csp.example", name: "Nestor Wilke", role: "Help desk agent" },
  // An Admin agent who chose French in the user menu (seeded so): the product speaks French to her everywhere.
  elise: { email: "elise@contoso-csp.example", name: "Élise Fournier", role: "Admin agent" },
  fabrikamAdmin: { email: "admin@fabrikam-partners.example", name: "Patti Fernandez", role: "Admin agent" },
  // Customer users, who sign in to the customer area (/portal).
  wingtipOwner: { email: "alex@wingtiptoys.onmicrosoft.com", name: "Alex Wilber", role: "Customer user" },
  wingtipReader: { email: "megan@wingtiptoys.onmicrosoft.com", name: "Megan Bowen", role: "Customer user" },
  prosewareOwner: { email: "miriam@prosewareinc.onmicrosoft.com", name: "Miriam Graham", role: "Customer user" },
  fourthCoffeeOwner: { email: "lynne@fourthcoffee.onmicrosoft.com", name: "Lynne Robbins", role: "Customer user" },
  // Coho Vineyard: the savings plans permission only; Diego is Owner, Pradeep Savings plan purchaser.
  cohoOwner: { email: "diego@cohovineyard.onmicrosoft.com", name: "Diego Siciliani", role: "Customer user" },
  cohoPurchaser: { email: "pradeep@cohovineyard.onmicrosoft.com", name: "Pradeep Gupta", role: "Customer user" },
} as const;

export type AccountName = keyof typeof accounts;

/** The saved sign-in of each demo account, made once by auth.setup.ts. */
export function signedInAs(account: AccountName): string {
  return path.join("test-results", ".auth", `${account}.json`);
}
