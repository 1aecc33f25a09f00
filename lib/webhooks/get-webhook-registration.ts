import type { ActorRef } from "@/lib/access/actor";
import { can } from "@/lib/access/roles";
import { inPartnerReadTransaction } from "@/lib/access/write-transaction";
import { fail, ok, type Result } from "@/lib/result";
import { readRegistration, registrationView, type WebhookRegistrationView } from "./webhook-registration";

/** The partner's webhook registration, or null when there is none. Admin agents only: it names where data goes. */
export async function getWebhookRegistration(
  actorRef: ActorRef | null,
): Promise<Result<WebhookRegistrationView | null>> {
  return inPartnerReadTransaction(actorRef, async (tx, actor): Promise<Result<WebhookRegistrationView | null>> => {
    if (!can(actor.role, "changePartnerSettings")) return fail("forbidden", "webhooks.errors.onlyAdmins");
    const row = await readRegistration(tx, actor.partnerId);
    return ok(row ? registrationView(row) : null);
  });
}
