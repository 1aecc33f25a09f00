import { and, count, desc, eq, isNull, notExists, or, sql, type Placeholder } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { preparedQuery } from "@/db/prepared";
import {
  notificationReads,
  notifications,
  partnerSettings,
  partnerUsers,
  type NotificationKind,
  type NotificationParams,
} from "@/db/schema";
import type { ActorRef, PartnerActor } from "@/lib/access/actor";
import { inWriteTransaction } from "@/lib/access/write-transaction";
import { ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation";

/** Whether purchase alerts are on, and the version the setting was read at (sent back with a save). */
export async function purchaseAlertsSetting(actor: PartnerActor): Promise<{ enabled: boolean; version: number }> {
  const [settings] = await getDb()
    .select()
    .from(partnerSettings)
    .where(eq(partnerSettings.partnerId, actor.partnerId))
    .limit(1);
  return { enabled: settings?.purchaseAlerts ?? false, version: settings?.version ?? 0 };
}

/** Whether the agent asked for the daily digest of what expires within 30 days (lib/jobs/expiry-digests.ts). */
export async function expiryDigestSetting(actor: PartnerActor): Promise<boolean> {
  const [user] = await getDb()
    .select({ expiryDigest: partnerUsers.expiryDigest })
    .from(partnerUsers)
    .where(eq(partnerUsers.id, actor.id))
    .limit(1);
  return user?.expiryDigest ?? false;
}

/**
 * The notifications an agent sees: their partner's for every agent (most of them) and those for them alone (a digest
 * they asked for), never one for another agent. The partner's index finds the rows; the agent is a filter on them.
 */
const visibleTo = (actor: { partnerId: number | Placeholder; id: number | Placeholder }) =>
  and(
    eq(notifications.partnerId, actor.partnerId),
    or(isNull(notifications.partnerUserId), eq(notifications.partnerUserId, actor.id)),
  );

const readByActor = (db: Db, partnerUserId: number | Placeholder) =>
  db
    .select({ one: sql`1` })
    .from(notificationReads)
    .where(
      and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.partnerUserId, partnerUserId)),
    );

// The top bar's count, on every page: a prepared statement (db/prepared.ts).
const unreadCount = preparedQuery("unread_notification_count", (db) => {
  const agent = { partnerId: sql.placeholder("partnerId"), id: sql.placeholder("partnerUserId") };
  return db
    .select({ n: count() })
    .from(notifications)
    .where(and(visibleTo(agent), notExists(readByActor(db, agent.id))))
    .limit(1);
});

export async function unreadNotificationCount(actor: PartnerActor): Promise<number> {
  const [unread] = await unreadCount({ partnerId: actor.partnerId, partnerUserId: actor.id });
  return unread.n;
}

/** A notification as stored: what happened (its kind) and the values to tell it with; the page puts it into words. */
export type NotificationRow = {
  id: number;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  createdAt: Date;
  read: boolean;
};

/** The notifications the agent sees, newest first, each marked read or unread for this user. */
export async function listNotifications(actor: PartnerActor, limit = 100): Promise<NotificationRow[]> {
  const rows = await getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notificationReads.readAt,
    })
    .from(notifications)
    .leftJoin(
      notificationReads,
      and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.partnerUserId, actor.id)),
    )
    .where(visibleTo(actor))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map(({ readAt, ...n }) => ({ ...n, read: readAt !== null }));
}

export const markNotificationsReadInput = z.object({
  /** The notifications to mark; all those the agent sees when absent. */
  notificationIds: z.array(z.number().int().positive()).max(500).optional(),
});

/** Marks notifications read for the signed-in partner user only; other agents keep their own unread counts. */
export async function markNotificationsRead(
  actorRef: ActorRef | null,
  rawInput: unknown,
): Promise<Result<{ marked: number }>> {
  const input = parseInput(markNotificationsReadInput, rawInput);
  if (!input.ok) return input;
  return inWriteTransaction(actorRef, async (tx, actor): Promise<Result<{ marked: number }>> => {
    const rows = await tx
      .select({ id: notifications.id })
      .from(notifications)
      .leftJoin(
        notificationReads,
        and(eq(notificationReads.notificationId, notifications.id), eq(notificationReads.partnerUserId, actor.id)),
      )
      .where(and(visibleTo(actor), isNull(notificationReads.notificationId)));
    const unread = rows
      .map((n) => n.id)
      .filter((id) => !input.data.notificationIds || input.data.notificationIds.includes(id));
    for (const notificationId of unread) {
      await tx.insert(notificationReads).values({ notificationId, partnerUserId: actor.id });
    }
    return ok({ marked: unread.length });
  });
}
