import { and, eq } from "drizzle-orm";
import { webhookEvents } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { fail, ok, type Result } from "@/lib/result";
import { outboxRow } from "./queue-webhook-events";
import { publicAddress } from "./public-address";
import { readRegistration } from "./webhook-registration";

/** Partner Center allows 2 test events a minute: one each half-minute, held by a unique index on the slot. */
export const testSlotMs = 30_000;

/**
 * Queues a `test-created` event for the partner's webhook, whether or not it is enabled, and answers its id, which
 * reads its delivery status back (Partner Center's correlation id). Admin agents only; at most one each half-minute.
 */
export async function sendTestWebhookEvent(actorRef: ActorRef | null): Promise<Result<{ correlationId: string }>> {
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<{ correlationId: string }>> => {
    if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
    const registration = await readRegistration(tx, actor.partnerId);
    if (!registration) return fail("not_found", "webhooks.errors.notRegistered");
    const at = new Date();
    const testSlot = Math.floor(at.getTime() / testSlotMs);
    const [taken] = await tx
      .select({ id: webhookEvents.id })
      .from(webhookEvents)
      .where(and(eq(webhookEvents.registrationId, registration.id), eq(webhookEvents.testSlot, testSlot)))
      .limit(1);
    if (taken) return fail("too_many_attempts", "webhooks.errors.testThrottled");
    const row = outboxRow(
      registration.id,
      actor.partnerId,
      {
        EventName: "test-created",
        ResourceUri: "",
        ResourceName: "test",
        AuditUri: null,
        ResourceChangeUtcDate: at.toISOString(),
      },
      at,
      { testSlot },
    );
    // The event reads itself back: its ResourceUri is its own delivery status, as Partner Center's test event's is.
    const payload = {
      ...JSON.parse(row.payload),
      ResourceUri: `${publicAddress()}/api/v1/webhooks/registration/validationEvents/${row.webhookId}`,
    };
    await tx.insert(webhookEvents).values({ ...row, payload: JSON.stringify(payload) });
    return ok({ correlationId: row.webhookId });
  });
}
