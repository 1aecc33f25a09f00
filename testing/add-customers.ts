import { getDb } from "@/db/client";
import { customers } from "@/db/schema";

/** Customers of the partner with these names, in one insert: for lists and searches over many customers. */
export async function addCustomers(partnerId: number, names: string[]) {
  await getDb()
    .insert(customers)
    .values(
      names.map((companyName) => ({
        partnerId,
        tenantId: crypto.randomUUID(),
        companyName,
        primaryDomain: `${crypto.randomUUID()}.onmicrosoft.com`,
        addressLine1: "1 Main Street",
        city: "Redmond",
        postalCode: "98052",
        country: "US",
        contactFirstName: "Pat",
        contactLastName: "Admin",
        contactEmail: "pat@example.com",
      })),
    );
}
