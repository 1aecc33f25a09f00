// Run by the concurrency test as a separate OS process, so requests really race for the database.
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";

const [userId, customerId, startAt] = process.argv.slice(2);
setTimeout(
  () => {
    const result = setCustomerPurchasePermission(
      { kind: "partner_user", id: Number(userId) },
      { customerId, resource: "AzureReservedInstances", enabled: true },
    );
    process.stdout.write(JSON.stringify(result));
  },
  Math.max(0, Number(startAt) - Date.now()),
);
