import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { idempotencyKeys, purchaseApprovals, reservationRequests } from "@/db/schema";
import type { Actor } from "@/lib/access/actor";
import { sessionSubject } from "@/lib/auth/session-subject";
import { fail, ok, type Result } from "@/lib/result";
import { reason } from "@/lib/validation";

/**
 * An idempotency key as the IETF httpapi draft has clients send it: an opaque string the client makes up once
 * per purchase it means (a UUID, in our own forms), and sends again with every retry of that purchase.
 */
export const idempotencyKey = z
  .string({ message: reason("orders.errors.idempotencyKeyMissing") })
  .trim()
  .min(8, reason("orders.errors.idempotencyKeyTooShort"))
  .max(255, reason("orders.errors.idempotencyKeyTooLong"))
  .regex(/^[\x21-\x7e]+$/, reason("orders.errors.idempotencyKeyCharacters"));

/** The writes that create orders: each key belongs to one of them. */
export type OrderOperation =
  | "purchase_reservation"
  | "purchase_azure_plan"
  | "refund_reservation"
  | "exchange_reservation"
  | "purchase_savings_plan"
  | "trade_in_reservation";

/** What a request asked for, as a stable hash: the same fields in any order hash alike. */
export function requestHash(request: unknown): string {
  return createHash("sha256").update(canonicalJson(request)).digest("base64url");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Who a key belongs to: a program's key repeats only its own requests, never those of the agent who created it. */
export function requesterOf(actor: Actor): string {
  return actor.kind === "partner_user" && actor.apiKey ? `api_key:${actor.apiKey.id}` : sessionSubject(actor);
}

/** Whether this requester already made an order with this key (an approval may not take it: record 010). */
export async function keyUsedForAnOrder(tx: Tx, actor: Actor, key: string): Promise<boolean> {
  const [used] = await tx
    .select({ id: idempotencyKeys.id })
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.requester, requesterOf(actor)), eq(idempotencyKeys.key, key)))
    .limit(1);
  return !!used;
}

/** Whether this agent approved a customer's request or submitted purchase with this key (an order may not take it: record 010). */
async function keyUsedForAnApproval(tx: Tx, actor: Actor, key: string): Promise<boolean> {
  if (actor.kind !== "partner_user" || actor.apiKey) return false;
  const [request] = await tx
    .select({ id: reservationRequests.id })
    .from(reservationRequests)
    .where(
      and(
        eq(reservationRequests.decidedByPartnerUserId, actor.id),
        eq(reservationRequests.approvalIdempotencyKey, key),
      ),
    )
    .limit(1);
  if (request) return true;
  const [purchase] = await tx
    .select({ id: purchaseApprovals.id })
    .from(purchaseApprovals)
    .where(
      and(eq(purchaseApprovals.decidedByPartnerUserId, actor.id), eq(purchaseApprovals.approvalIdempotencyKey, key)),
    )
    .limit(1);
  return !!purchase;
}

type OnceParameters<T> = {
  actor: Actor;
  key: string;
  operation: OrderOperation;
  /**
   * The validated request, without its key: what a repeat must match. Objects are named by their stored ids
   * (`stored-ids.ts`), so a repeat that spells an id otherwise is the same request.
   */
  request: unknown;
  /** The result of the order a key already made, read back from what that order wrote. */
  replay: (orderRowId: number) => Promise<T>;
  /** Checks and writes the order; answers its row id with the result. */
  create: () => Promise<Result<{ orderRowId: number; result: T }>>;
};

/**
 * Creates an order once per idempotency key, inside the caller's write transaction. A key seen before
 * answers that first request's result (same order), whatever has changed since; with a different request it
 * is refused. The unique index on (requester, key) is the guarantee: a twin request that got past the
 * lookup fails on insert and its whole transaction — order included — rolls back.
 */
export async function oncePerIdempotencyKey<T>(tx: Tx, parameters: OnceParameters<T>): Promise<Result<T>> {
  const { actor } = parameters;
  const requester = requesterOf(actor);
  const hash = requestHash({ operation: parameters.operation, request: parameters.request });
  const [previous] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.requester, requester), eq(idempotencyKeys.key, parameters.key)))
    .limit(1);
  if (previous) {
    return previous.requestHash === hash
      ? ok(await parameters.replay(previous.orderId))
      : fail("idempotency_key_reused");
  }

  if (await keyUsedForAnApproval(tx, actor, parameters.key)) return fail("idempotency_key_reused");

  const created = await parameters.create();
  if (!created.ok) return created;
  await tx.insert(idempotencyKeys).values({
    requester,
    key: parameters.key,
    operation: parameters.operation,
    requestHash: hash,
    orderId: created.data.orderRowId,
  });
  return ok(created.data.result);
}
