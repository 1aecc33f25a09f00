import { hashPassword } from "@/lib/auth/password";
import { bulkLoad } from "./bulk-load";
import { selfServePolicy } from "@/lib/customer-permissions/self-serve-policy";
import type { Db } from "./client";
import { offers } from "./offers";
import { demoPassword } from "@/lib/auth/demo-password";
import { stableGuid } from "./stable-guid";

export const scalePartnerName = "Scale Test Partner";
export const scaleAdminEmail = "admin@scale-partner.example";

const words = [
  "Alpine",
  "Blue",
  "Cedar",
  "Delta",
  "Ember",
  "Falcon",
  "Granite",
  "Harbor",
  "Iris",
  "Juniper",
  "Kestrel",
  "Lumen",
  "Maple",
  "Nimbus",
  "Orchid",
  "Pioneer",
  "Quartz",
  "Redwood",
  "Summit",
  "Tidal",
];
const trades = ["Bikes", "Foods", "Labs", "Logistics", "Media", "Motors", "Outfitters", "Software", "Studios", "Toys"];

/**
 * Adds a partner with `customerCount` customers and `activityCount` activity entries, for scale checks, as a bulk
 * load (`bulkLoad`): prepared statements in one transaction, the indexes built once at the end.
 */
export function seedScalePartner(db: Db, customerCount: number, activityCount: number, now = new Date()): void {
  const sqlite = db.$client;
  if (sqlite.prepare("select 1 from partners where name = ?").get(scalePartnerName)) {
    throw new Error(`${scalePartnerName} already exists; run npm run db:reset first.`);
  }
  const passwordHash = hashPassword(demoPassword());
  const insertCustomer = sqlite.prepare(
    `insert into customers (partner_id, tenant_id, company_name, primary_domain, address_line1, city, postal_code,
       country, contact_first_name, contact_last_name, contact_email, created_at)
     values (?, ?, ?, ?, '1 Scale Street', 'Redmond', '98052', 'US', 'Pat', 'Admin', ?, ?)`,
  );
  const insertSubscription = sqlite.prepare(
    `insert into subscriptions (subscription_id, customer_id, offer_type, offer_id, offer_name, friendly_name,
       usage_based, quantity, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?)`,
  );
  const insertEntry = sqlite.prepare(
    `insert into activity_entries (partner_id, customer_id, customer_name, actor_partner_user_id, actor_email,
       operation_type, resource_type, old_value, new_value, status, created_at)
     values (?, ?, ?, ?, ?, ?, 'self_serve_policy', ?, ?, 'succeeded', ?)`,
  );

  bulkLoad(sqlite, ["customers", "subscriptions", "activity_entries"], () => {
    const partnerTenantId = stableGuid(`partner:${scalePartnerName}`);
    const partnerId = Number(
      sqlite.prepare("insert into partners (tenant_id, name) values (?, ?)").run(partnerTenantId, scalePartnerName)
        .lastInsertRowid,
    );
    const adminId = Number(
      sqlite
        .prepare(
          "insert into partner_users (partner_id, email, display_name, role, password_hash) values (?, ?, 'Scale Admin', 'admin_agent', ?)",
        )
        .run(partnerId, scaleAdminEmail, passwordHash).lastInsertRowid,
    );
    const customerIds: { id: number; name: string; tenantId: string; policy?: string }[] = [];
    for (let i = 0; i < customerCount; i++) {
      const name = `${words[i % words.length]} ${words[Math.floor(i / words.length) % words.length]} ${trades[i % trades.length]} ${i}`;
      const tenantId = stableGuid(`scale-customer:${i}`);
      const domain = `scale${i}.onmicrosoft.com`;
      const created = now.getTime() - (i % 1000) * 60_000;
      const id = Number(
        insertCustomer.run(partnerId, tenantId, name, domain, `pat@${domain}`, created).lastInsertRowid,
      );
      const offer = i % 3 === 0 ? offers.azure_plan : offers.license_based;
      insertSubscription.run(
        stableGuid(`scale-subscription:${i}`),
        id,
        i % 3 === 0 ? "azure_plan" : "license_based",
        offer.offerId,
        offer.offerName,
        offer.offerName,
        offer.usageBased ? 1 : 0,
        offer.usageBased ? null : 10,
        created,
      );
      customerIds.push({ id, name, tenantId });
    }
    const spanMs = 90 * 24 * 60 * 60 * 1000;
    for (let i = 0; i < activityCount && customerIds.length > 0; i++) {
      const customer = customerIds[(i * 7919) % customerIds.length];
      customer.policy ??= JSON.stringify(
        selfServePolicy(partnerTenantId, customer.tenantId, ["AzureReservedInstances"]),
      );
      const policy = customer.policy;
      const create = i % 2 === 0;
      insertEntry.run(
        partnerId,
        customer.id,
        customer.name,
        adminId,
        scaleAdminEmail,
        create ? "create_self_serve_policy" : "delete_self_serve_policy",
        create ? null : policy,
        create ? policy : null,
        // Oldest first, as entries are written: ids rise with time, and the time index is built from sorted rows.
        now.getTime() - spanMs + Math.floor(((i + 1) / activityCount) * spanMs),
      );
    }
  });
  // The search index's insert trigger was set aside with the indexes: index the new customers in one go.
  sqlite.exec("insert into customer_search(customer_search) values ('rebuild')");
}
