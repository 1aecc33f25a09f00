import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { customerUsers, partnerUsers, signInThrottles } from "@/db/schema";
import { loadCustomerActor, loadPartnerActor, type UserRef } from "@/lib/access/actor";
import { recordActivity } from "@/lib/activity/record-activity";
import { hashPassword, verifyPassword } from "./password";
import {
  countFailure,
  countSuccess,
  lockedUntil,
  noFailures,
  signInLimits,
  type ThrottleState,
} from "./sign-in-throttle";

export type SignInOutcome =
  | { ok: true; user: UserRef }
  | { ok: false; error: "invalid_credentials" }
  | { ok: false; error: "too_many_attempts"; retryAt: Date };

// Verified when there is no password to verify (unknown account, deactivated user, no password yet), so that
// every refusal costs one scrypt and takes the same time: sign-in does not tell who has an account.
const dummyHash = hashPassword(randomBytes(16).toString("base64"));

function readThrottle(tx: Tx, key: string): ThrottleState {
  const row = tx.select().from(signInThrottles).where(eq(signInThrottles.key, key)).get();
  return row ?? noFailures;
}

function writeThrottle(tx: Tx, key: string, state: ThrottleState): void {
  tx.insert(signInThrottles)
    .values({ key, ...state })
    .onConflictDoUpdate({ target: signInThrottles.key, set: state })
    .run();
}

/** When both the account and the client address are locked, the attempt may come back when both have ended. */
function laterOf(first: Date | null, second: Date | null): Date | null {
  return first && second ? (first > second ? first : second) : (first ?? second);
}

type Verified = { user: UserRef | null; known: UserRef | null };

/** Checks the password against the account's hash, or the dummy one: always exactly one scrypt. */
function verifyCredentials(name: string, password: string): Verified {
  const db = getDb();
  const partnerUser = db.select().from(partnerUsers).where(eq(partnerUsers.email, name)).get();
  if (partnerUser) {
    const ref: UserRef = { kind: "partner_user", id: partnerUser.id };
    const valid = verifyPassword(password, partnerUser.passwordHash) && partnerUser.active;
    return { user: valid ? ref : null, known: ref };
  }
  const customerUser = db.select().from(customerUsers).where(eq(customerUsers.userPrincipalName, name)).get();
  const valid =
    verifyPassword(password, customerUser?.passwordHash ?? dummyHash) &&
    customerUser?.status === "active" &&
    !!customerUser.passwordHash;
  const ref: UserRef | null = customerUser ? { kind: "customer_user", id: customerUser.id } : null;
  return { user: valid ? ref : null, known: ref };
}

/** The lockout, in the Activity log of the partner whose user (or customer's user) it is. */
function recordLockout(tx: Tx, user: UserRef, state: ThrottleState, clientAddress: string): void {
  const actor = user.kind === "partner_user" ? loadPartnerActor(tx, user.id) : loadCustomerActor(tx, user.id);
  // A deactivated user cannot sign in anyway; its lockout would tell an Admin agent nothing.
  if (!actor) return;
  recordActivity(tx, {
    actor,
    customer: actor.kind === "customer_user" ? { id: actor.customerId, companyName: actor.companyName } : null,
    operationType: "sign_in_lockout",
    resourceType: user.kind,
    oldValue: null,
    newValue: {
      userPrincipalName: actor.email,
      lockedUntil: state.lockedUntil?.toISOString(),
      failedAttempts: signInLimits.accountFailures,
      lockoutNumber: state.lockouts,
      clientAddress,
    },
    at: state.lastLockedAt ?? new Date(),
  });
}

/**
 * One sign-in attempt, throttled per account name and per client address with the state in the database.
 *
 * The attempt is counted as a failure before the password is checked, in an IMMEDIATE transaction, so that guesses
 * racing from several processes cannot slip past the threshold while scrypt runs (the write lock is never held
 * during scrypt). A success then starts the account over, any lock on it included (countSuccess).
 */
export function attemptSignIn(attempt: {
  name: string;
  password: string;
  clientAddress: string;
  now?: Date;
}): SignInOutcome {
  const now = attempt.now ?? new Date();
  const accountKey = `account:${attempt.name}`;
  const addressKey = `address:${attempt.clientAddress}`;
  const db = getDb();

  const admitted = db.transaction(
    (tx) => {
      const account = readThrottle(tx, accountKey);
      const address = readThrottle(tx, addressKey);
      const until = laterOf(lockedUntil(account, now), lockedUntil(address, now));
      if (until) return { refused: true, until } as const;
      const accountCounted = countFailure(account, signInLimits.accountFailures, now);
      const addressCounted = countFailure(address, signInLimits.addressFailures, now);
      writeThrottle(tx, accountKey, accountCounted.state);
      writeThrottle(tx, addressKey, addressCounted.state);
      return {
        refused: false,
        accountLock: accountCounted.lockedNow ? accountCounted.state : null,
        addressLock: addressCounted.lockedNow ? addressCounted.state.lockedUntil : null,
      } as const;
    },
    { behavior: "immediate" },
  );
  if (admitted.refused) return { ok: false, error: "too_many_attempts", retryAt: admitted.until };

  const verified = verifyCredentials(attempt.name, attempt.password);

  db.transaction(
    (tx) => {
      if (verified.user) {
        writeThrottle(tx, accountKey, countSuccess(readThrottle(tx, accountKey), "account"));
        writeThrottle(tx, addressKey, countSuccess(readThrottle(tx, addressKey), "address"));
      } else if (admitted.accountLock && verified.known) {
        recordLockout(tx, verified.known, admitted.accountLock, attempt.clientAddress);
      }
    },
    { behavior: "immediate" },
  );
  if (verified.user) return { ok: true, user: verified.user };
  const retryAt = laterOf(admitted.accountLock?.lockedUntil ?? null, admitted.addressLock);
  return retryAt ? { ok: false, error: "too_many_attempts", retryAt } : { ok: false, error: "invalid_credentials" };
}
