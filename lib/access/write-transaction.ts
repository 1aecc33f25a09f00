import type { Tx } from "@/db/client";
import { transaction, type TransactionMode } from "@/db/transaction";
import { fail, type Failure, type Result } from "@/lib/result";
import { loadActor, type Actor, type ActorRef, type PartnerActor } from "./actor";

type Work<A, T> = (tx: Tx, actor: A) => Promise<Result<T>> | Result<T>;

/** Carries a refusal out of the transaction, so that nothing the use case wrote before it refused is kept. */
class Refusal {
  constructor(readonly failure: Failure) {}
}

/**
 * Runs `work` in one transaction that commits only when it succeeds: a use case that returns a failure leaves the
 * database as it found it, whatever it wrote before it refused.
 */
export async function inResultTransaction<T>(
  mode: TransactionMode,
  work: (tx: Tx) => Promise<Result<T>> | Result<T>,
): Promise<Result<T>> {
  try {
    return await transaction(mode, async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Refusal(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    throw error;
  }
}

/**
 * Runs a use case's checks and writes in one write transaction, with the actor re-read inside it: the write lock is
 * taken before anything is read, so what was checked is still true when it is written, even with requests racing from
 * several processes.
 */
export function inActorTransaction<T>(actorRef: ActorRef | null, work: Work<Actor, T>): Promise<Result<T>> {
  return actorTransaction("write", actorRef, async (tx, actor) => {
    if (actor.kind === "customer_user" && actor.mustChangePassword) return fail("password_change_required");
    // Every write goes through here: a read-only key is refused all of them in one place.
    if (actor.kind === "partner_user" && actor.apiKey?.accessLevel === "read_only") {
      return fail("forbidden", "errors.read_only_key");
    }
    return work(tx, actor);
  });
}

/** As `inActorTransaction`, for the partner dashboard's operations: customer users are refused. */
export function inWriteTransaction<T>(actorRef: ActorRef | null, work: Work<PartnerActor, T>): Promise<Result<T>> {
  return inActorTransaction(actorRef, (tx, actor) =>
    actor.kind === "partner_user" ? work(tx, actor) : fail("forbidden", "errors.partner_users_only"),
  );
}

/**
 * For a partner's preview (a refund or exchange calculation): the actor re-read and the reads made in one
 * transaction, so they see one moment of the data; nothing is written, so no write lock is taken.
 */
export function inPartnerReadTransaction<T>(
  actorRef: ActorRef | null,
  work: Work<PartnerActor, T>,
): Promise<Result<T>> {
  return actorTransaction("read", actorRef, (tx, actor) =>
    actor.kind === "partner_user" ? work(tx, actor) : fail("forbidden", "errors.partner_users_only"),
  );
}

async function actorTransaction<T>(
  mode: TransactionMode,
  actorRef: ActorRef | null,
  work: Work<Actor, T>,
): Promise<Result<T>> {
  if (!actorRef) return fail("unauthenticated");
  return inResultTransaction(mode, async (tx) => {
    const actor = await loadActor(tx, actorRef);
    return actor ? work(tx, actor) : fail("unauthenticated");
  });
}
