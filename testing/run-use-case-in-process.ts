// Run by concurrency tests as separate OS processes, so requests really race for the database:
//   tsx run-use-case-in-process.ts <use case> <actor kind> <actor id> <input JSON> <start at, ms since epoch>
import { closeDb } from "@/db/client";
import type { ActorRef } from "@/lib/access/actor";
import { setCustomerPurchasePermission } from "@/lib/customer-permissions/set-customer-purchase-permission";
import { approvePurchase } from "@/lib/purchase-approvals/decide-purchase";
import { approveReservationRequest } from "@/lib/reservation-requests/decide-request";
import { purchaseReservation } from "@/lib/reservations/purchase-reservation";
import { refundReservation } from "@/lib/reservations/refund-reservation";
import { purchaseSavingsPlan } from "@/lib/savings-plans/purchase-savings-plan";
import { purchaseAzurePlan } from "@/lib/subscriptions/purchase-azure-plan";

const useCases = {
  setCustomerPurchasePermission,
  purchaseReservation,
  purchaseAzurePlan,
  approveReservationRequest,
  refundReservation,
  purchaseSavingsPlan,
  approvePurchase,
} as const;

const [name, kind, id, input, startAt] = process.argv.slice(2);
const useCase = useCases[name as keyof typeof useCases];
const actor: ActorRef = { kind: kind as ActorRef["kind"], id: Number(id) };
setTimeout(
  async () => {
    process.stdout.write(JSON.stringify(await useCase(actor, JSON.parse(input))));
    // A PostgreSQL pool would keep the process alive.
    await closeDb();
  },
  Math.max(0, Number(startAt) - Date.now()),
);
