import { and, asc, eq, inArray, isNull, lt, lte, or } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications, webhookAttempts, webhookEvents, webhookRegistrations } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { backgroundLoop, startBackgroundLoop } from "@/lib/jobs/background-loop";
import { afterFailure, isAccepted, keepsFailing } from "./delivery-rules";
import { postWebhook, type WebhookPostOutcome } from "./post-webhook";
import { allowsLocalWebhooks } from "./webhook-address";
import { signingSecrets, webhookHeaders } from "./webhook-signing";

/**
 * The delivery worker every server process runs. It leases a handful of due events in one write transaction (so
 * processes share the work and, in the normal case, send each event once), sends them outside any transaction, and
 * writes each attempt's outcome. A process that dies mid-send leaves its lease to run out: the event is sent again,
 * with the same webhook-id, by whichever process comes next — at least once, never lost.
 */

/** Longer than an attempt can take (its 10-second timeout), so a live process's lease never runs out mid-send. */
export const deliveryLeaseMs = 30_000;

/** Events a process takes at once, sent side by side: one slow receiver does not hold up the rest. */
const eventsPerClaim = 20;

const processId = crypto.randomUUID();

type Claimed = typeof webhookEvents.$inferSelect & {
  url: string;
  secrets: string[];
};

/** Leases the due events of enabled webhooks (free, or this process's own), oldest due first. */
export async function claimDueWebhookEvents(owner = processId, now = new Date()): Promise<Claimed[]> {
  return writeTransaction(async (tx) => {
    const due = await tx
      .select({ id: webhookEvents.id })
      .from(webhookEvents)
      .innerJoin(webhookRegistrations, eq(webhookRegistrations.id, webhookEvents.registrationId))
      .where(
        and(
          eq(webhookEvents.status, "pending"),
          lte(webhookEvents.nextAttemptAt, now),
          eq(webhookRegistrations.enabled, true),
          or(isNull(webhookEvents.leaseUntil), lt(webhookEvents.leaseUntil, now), eq(webhookEvents.leaseOwner, owner)),
        ),
      )
      .orderBy(asc(webhookEvents.nextAttemptAt), asc(webhookEvents.id))
      .limit(eventsPerClaim);
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    await tx
      .update(webhookEvents)
      .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + deliveryLeaseMs) })
      .where(inArray(webhookEvents.id, ids));
    const rows = await tx
      .select({ event: webhookEvents, registration: webhookRegistrations })
      .from(webhookEvents)
      .innerJoin(webhookRegistrations, eq(webhookRegistrations.id, webhookEvents.registrationId))
      .where(inArray(webhookEvents.id, ids));
    return rows.map(({ event, registration }) => ({
      ...event,
      url: registration.url,
      secrets: signingSecrets(registration, now),
    }));
  });
}

/** Sends one leased event: signed for this attempt, to the registration's URL as it is now. */
export async function sendWebhookEvent(event: Claimed, now = new Date()): Promise<WebhookPostOutcome> {
  const headers = webhookHeaders(event.webhookId, event.payload, now, event.secrets);
  return postWebhook(event.url, { ...headers }, event.payload, { allowLocal: allowsLocalWebhooks() });
}

function attemptError(outcome: WebhookPostOutcome): string | null {
  switch (outcome.kind) {
    case "response":
      return isAccepted(outcome.status) ? null : `HTTP ${outcome.status}`;
    case "refused":
      return `refused: ${outcome.refusal}`;
    case "failed":
      return `${outcome.error}: ${outcome.detail}`;
  }
}

/**
 * Writes an attempt's outcome, if this process still holds the event: the attempt, the event's next step (delivered,
 * retried later, or given up), and the webhook's health — a webhook failing for a whole day is turned off, and the
 * partner's agents are told.
 */
export async function recordWebhookAttempt(
  event: Claimed,
  outcome: WebhookPostOutcome,
  owner = processId,
  now = new Date(),
): Promise<void> {
  await writeTransaction(async (tx) => {
    const [current] = await tx.select().from(webhookEvents).where(eq(webhookEvents.id, event.id)).limit(1);
    if (!current || current.status !== "pending" || current.leaseOwner !== owner) return;
    const error = attemptError(outcome);
    const status = outcome.kind === "response" ? outcome.status : null;
    await tx.insert(webhookAttempts).values({
      eventId: event.id,
      attemptedAt: now,
      status,
      error,
      responseBody: outcome.kind === "response" ? outcome.body : null,
      durationMs: outcome.durationMs,
    });
    const attempts = current.attempts + 1;
    const common = { attempts, lastStatus: status, lastError: error, leaseOwner: null, leaseUntil: null };
    if (error === null) {
      await tx
        .update(webhookEvents)
        .set({ ...common, status: "delivered", deliveredAt: now })
        .where(eq(webhookEvents.id, event.id));
      await tx
        .update(webhookRegistrations)
        .set({ failingSince: null })
        .where(eq(webhookRegistrations.id, event.registrationId));
      return;
    }
    const next = afterFailure(attempts, now, current.retryUntil);
    await tx
      .update(webhookEvents)
      .set(
        next.status === "failed" ? { ...common, status: "failed" } : { ...common, nextAttemptAt: next.nextAttemptAt },
      )
      .where(eq(webhookEvents.id, event.id));
    await noteFailure(tx, event.registrationId, now);
  });
}

async function noteFailure(tx: Tx, registrationId: number, now: Date): Promise<void> {
  const [registration] = await tx
    .select()
    .from(webhookRegistrations)
    .where(eq(webhookRegistrations.id, registrationId))
    .limit(1);
  if (!registration) return;
  if (registration.failingSince === null) {
    await tx.update(webhookRegistrations).set({ failingSince: now }).where(eq(webhookRegistrations.id, registrationId));
    return;
  }
  if (!registration.enabled || !keepsFailing(registration.failingSince, now)) return;
  await tx
    .update(webhookRegistrations)
    .set({ enabled: false, disabledForFailuresAt: now, version: registration.version + 1 })
    .where(eq(webhookRegistrations.id, registrationId));
  await tx.insert(notifications).values({
    partnerId: registration.partnerId,
    kind: "webhook_disabled",
    params: { url: registration.url },
    link: "/settings/webhooks",
    createdAt: now,
  });
}

/** Sends every due event this process can lease, a handful at a time, until none is left. */
export async function deliverDueWebhookEvents(owner = processId): Promise<number> {
  let sent = 0;
  for (
    let claimed = await claimDueWebhookEvents(owner);
    claimed.length > 0;
    claimed = await claimDueWebhookEvents(owner)
  ) {
    await Promise.all(
      claimed.map(async (event) => {
        const at = new Date();
        const outcome = await sendWebhookEvent(event, at);
        await recordWebhookAttempt(event, outcome, owner);
      }),
    );
    sent += claimed.length;
  }
  return sent;
}

/** Starts this process's sending if it is idle (an event was just queued here, or the timer ticked). */
export const wakeWebhookDelivery = backgroundLoop(
  () => deliverDueWebhookEvents(),
  "Partner Console: webhook delivery stopped; it starts again at the next tick.",
);

/** How often a server looks for events to send: a committed change is heard of within about this long. */
export function webhookPollMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.WEBHOOK_POLL_MS;
  if (value === undefined || value === "") return 1000;
  if (!/^[0-9]{2,6}$/.test(value))
    throw new Error(`WEBHOOK_POLL_MS must be a whole number of milliseconds; got "${value}".`);
  return Number(value);
}

export function startWebhookDelivery(): void {
  startBackgroundLoop(wakeWebhookDelivery, webhookPollMs());
}
