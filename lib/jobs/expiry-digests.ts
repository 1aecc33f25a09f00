import { and, asc, eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { notifications, partnerUsers } from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import { countExpiringPurchases, type ExpiringWindow } from "@/lib/expiring/expiring-purchases";

/** The digest tells what expires within this many days, and leads to the Expiring soon page at the same window. */
export const expiryDigestWindow: ExpiringWindow = 30;

/**
 * What the job did for an agent who asked for the digest: wrote today's; found it written already (by an earlier run
 * today, or another process just now); had nothing to tell (nothing of the partner expires within the window); found
 * they no longer want it (turned it off, or were deactivated, since the run began); or failed, to be tried next run.
 */
export type ExpiryDigestOutcome = "sent" | "already_sent" | "nothing_expiring" | "no_longer_wanted" | "failed";

/** The digest's key: one per agent and UTC day, held by the unique index on (agent, key). */
export function expiryDigestKey(now: Date): string {
  return `expiring:${now.toISOString().slice(0, 10)}`;
}

const digestIndex = "notifications_digest_idx";

async function agentsWhoAsked(): Promise<number[]> {
  const rows = await getDb()
    .select({ id: partnerUsers.id })
    .from(partnerUsers)
    .where(and(eq(partnerUsers.expiryDigest, true), eq(partnerUsers.active, true)))
    .orderBy(asc(partnerUsers.id));
  return rows.map((row) => row.id);
}

/** Writes one agent's digest for today, re-reading the agent and what is already written in the same transaction. */
async function sendDigest(tx: Tx, partnerUserId: number, now: Date): Promise<Exclude<ExpiryDigestOutcome, "failed">> {
  const [agent] = await tx
    .select({ partnerId: partnerUsers.partnerId })
    .from(partnerUsers)
    .where(and(eq(partnerUsers.id, partnerUserId), eq(partnerUsers.expiryDigest, true), eq(partnerUsers.active, true)))
    .limit(1);
  if (!agent) return "no_longer_wanted";
  const digestKey = expiryDigestKey(now);
  const [written] = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.partnerUserId, partnerUserId), eq(notifications.digestKey, digestKey)))
    .limit(1);
  if (written) return "already_sent";
  const expiring = await countExpiringPurchases(tx, agent.partnerId, expiryDigestWindow, now);
  if (expiring.reservations === 0 && expiring.savingsPlans === 0) return "nothing_expiring";
  await tx.insert(notifications).values({
    partnerId: agent.partnerId,
    kind: "expiring_soon_digest",
    params: { ...expiring, within: expiryDigestWindow },
    link: `/expiring?within=${expiryDigestWindow}`,
    partnerUserId,
    digestKey,
    createdAt: now,
  });
  return "sent";
}

/**
 * The daily digest for each active agent who asked for it: once per UTC day, a notification for them alone telling
 * how many of their partner's reservations and savings plans expire within 30 days, when any do. It runs with the
 * renewals, every few minutes, from every process: after the day's first run, each agent's digest is found written.
 * Two processes writing the same one at once: the unique index refuses the second, which counts it as already sent.
 */
export async function sendExpiryDigests(now = new Date()): Promise<Record<ExpiryDigestOutcome, number>> {
  const counts: Record<ExpiryDigestOutcome, number> = {
    sent: 0,
    already_sent: 0,
    nothing_expiring: 0,
    no_longer_wanted: 0,
    failed: 0,
  };
  for (const partnerUserId of await agentsWhoAsked()) {
    try {
      counts[await writeTransaction((tx) => sendDigest(tx, partnerUserId, now))] += 1;
    } catch (error) {
      if (isUniqueViolation(error, notifications, digestIndex)) {
        counts.already_sent += 1;
      } else {
        counts.failed += 1;
        console.error(`Partner Console: the expiry digest of partner user ${partnerUserId} failed this run.`, error);
      }
    }
  }
  return counts;
}
