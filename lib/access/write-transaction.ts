import { getDb, type Tx } from "@/db/client";
import { fail, type Result } from "@/lib/result";
import { loadActor, type Actor, type ActorRef, type PartnerActor } from "./actor";

/**
 * Runs a use case's checks and writes in one IMMEDIATE transaction, with the actor re-read inside it:
 * the write lock is taken before anything is read, so what was checked is still true when it is written,
 * even with requests racing from several processes.
 */
export function inActorTransaction<T>(actorRef: ActorRef | null, work: (tx: Tx, actor: Actor) => Result<T>): Result<T> {
  if (!actorRef) return fail("unauthenticated");
  return getDb().transaction(
    (tx): Result<T> => {
      const actor = loadActor(tx, actorRef);
      if (!actor) return fail("unauthenticated");
      if (actor.kind === "customer_user" && actor.mustChangePassword) return fail("password_change_required");
      // Every write goes through here: a read-only key is refused all of them in one place.
      if (actor.kind === "partner_user" && actor.apiKey?.accessLevel === "read_only") {
        return fail("forbidden", "errors.read_only_key");
      }
      return work(tx, actor);
    },
    { behavior: "immediate" },
  );
}

/** As `inActorTransaction`, for the partner dashboard's operations: customer users are refused. */
export function inWriteTransaction<T>(
  actorRef: ActorRef | null,
  work: (tx: Tx, actor: PartnerActor) => Result<T>,
): Result<T> {
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
  work: (tx: Tx, actor: PartnerActor) => Result<T>,
): Result<T> {
  if (!actorRef) return fail("unauthenticated");
  return getDb().transaction((tx): Result<T> => {
    const actor = loadActor(tx, actorRef);
    if (!actor) return fail("unauthenticated");
    return actor.kind === "partner_user" ? work(tx, actor) : fail("forbidden", "errors.partner_users_only");
  });
}
