import { eq } from "drizzle-orm";
import { webhookEvents } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";
import { retryWindowMs } from "./delivery-rules";
import { readPartnerEvent, webhookIdInput } from "./webhook-deliveries";

/**
 * Sends a failed event again, now, with its original webhook-id (receivers that had it drop the repeat), retried for
 * another day if it fails. An event waiting or delivered is not sent again. Admin agents only.
 */
export async function redeliverWebhookEvent(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<{ webhookId: string }>> {
  const input = parseInput(webhookIdInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<{ webhookId: string }>> => {
    if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
    const event = await readPartnerEvent(tx, actor.partnerId, input.data.webhookId);
    if (!event) return fail("not_found", "webhooks.errors.eventNotFound");
    if (event.status !== "failed") return fail("conflict", "webhooks.errors.onlyFailedRedelivered");
    const at = new Date();
    await tx
      .update(webhookEvents)
      .set({ status: "pending", nextAttemptAt: at, retryUntil: new Date(at.getTime() + retryWindowMs) })
      .where(eq(webhookEvents.id, event.id));
    return ok({ webhookId: event.webhookId });
  });
}
