import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { customerUsers, partnerUsers, signInThrottles } from "@/db/schema";
import type { MfaMethod } from "@/db/enums";
import { writeTransaction } from "@/db/transaction";
import { loadCustomerActor, loadPartnerActor, type UserRef } from "@/lib/access/actor";
import { recordActivity } from "@/lib/activity/record-activity";
import type { RelyingParty } from "@/lib/mfa/relying-party";
import { hasMfaMethod, showSecondFactor, type SecondFactor } from "@/lib/mfa/second-factor";
import { hashPassword, verifyPassword } from "./password";
import { passwordInput } from "./password-input";
import { startSession } from "./sessions";
import {
  countFailure,
  countSuccess,
  lockedUntil,
  noFailures,
  signInLimits,
  type ThrottleState,
} from "./sign-in-throttle";
import { temporaryPasswordRefusal, type TemporaryPasswordRefusal } from "./temporary-password";

/** What the sign-in form sends, as next-auth hands it to `authorize`. */
export const signInCredentials = z.object({
  // Partner e-mails and customer user names (which allow ! # ^ ~ ' before the @) alike.
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: passwordInput.min(1),
  /** The second step: a code from an authenticator app, or a recovery code. */
  code: z.string().max(64).optional(),
  /** The second step with a passkey: the browser's answer to the sign-in challenge, as JSON. */
  passkey: z.string().max(16_000).optional(),
});

export type SignInOutcome =
  | { ok: true; user: UserRef; sessionId: string }
  | { ok: false; error: "invalid_credentials" }
  /**
   * Show a second factor with the password. Answered to a wrong password too (when no second factor came with it), so
   * that whether the password was right is only told once the second factor is right as well.
   */
  | { ok: false; error: "second_factor_required" }
  /** The right temporary password, but its one sign-in was had or its time is up: only a new one will do. */
  | { ok: false; error: TemporaryPasswordRefusal }
  | { ok: false; error: "too_many_attempts"; retryAt: Date };

// Verified when there is no password to verify (unknown account, deactivated user, no password yet), so that
// every refusal costs one scrypt and takes the same time: sign-in does not tell who has an account.
const dummyHash = hashPassword(randomBytes(16).toString("base64"));

async function readThrottle(tx: Tx, key: string): Promise<ThrottleState> {
  const [row] = await tx.select().from(signInThrottles).where(eq(signInThrottles.key, key)).limit(1);
  return row ?? noFailures;
}

async function writeThrottle(tx: Tx, key: string, state: ThrottleState): Promise<void> {
  await tx
    .insert(signInThrottles)
    .values({ key, ...state })
    .onConflictDoUpdate({ target: signInThrottles.key, set: state });
}

/** The count an account's attempts share, whichever door checks its password (sign-in, change password). */
const accountKey = (name: string) => `account:${name}`;

/** When both the account and the client address are locked, the attempt may come back when both have ended. */
function laterOf(first: Date | null, second: Date | null): Date | null {
  return first && second ? (first > second ? first : second) : (first ?? second);
}

type Verified = {
  user: UserRef | null;
  known: UserRef | null;
  /** The hash the password was verified against: signing in needs it to be the user's password still. */
  passwordHash: string | null;
};

/** Checks the password against the account's hash, or the dummy one: always exactly one scrypt. */
async function verifyCredentials(name: string, password: string): Promise<Verified> {
  const db = getDb();
  const [partnerUser] = await db.select().from(partnerUsers).where(eq(partnerUsers.email, name)).limit(1);
  if (partnerUser) {
    const ref: UserRef = { kind: "partner_user", id: partnerUser.id };
    const valid = verifyPassword(password, partnerUser.passwordHash) && partnerUser.active;
    return { user: valid ? ref : null, known: ref, passwordHash: partnerUser.passwordHash };
  }
  const [customerUser] = await db
    .select()
    .from(customerUsers)
    .where(eq(customerUsers.userPrincipalName, name))
    .limit(1);
  const valid =
    verifyPassword(password, customerUser?.passwordHash ?? dummyHash) &&
    customerUser?.status === "active" &&
    !!customerUser.passwordHash;
  const ref: UserRef | null = customerUser ? { kind: "customer_user", id: customerUser.id } : null;
  return { user: valid ? ref : null, known: ref, passwordHash: customerUser?.passwordHash ?? null };
}

/**
 * The verified user signs in, in the write transaction that starts the session. A user with MFA set up must show the
 * second factor with the password; it is spent here, so a code signs in once. A customer user's temporary password is
 * spent by this one sign-in, so that of two racing sign-ins with it only the first gets a session. Answers the session,
 * or why the right password does not sign in after all.
 */
async function signIn(
  tx: Tx,
  user: UserRef,
  verifiedHash: string | null,
  factor: { secondFactor?: SecondFactor; relyingParty?: RelyingParty | null },
  now: Date,
): Promise<{ user: UserRef; sessionId: string } | { refusal: SignInRefusal }> {
  let mfaMethod: MfaMethod | null = null;
  if (await hasMfaMethod(tx, user)) {
    if (!factor.secondFactor) return { refusal: "second_factor_required" };
    mfaMethod = await showSecondFactor(tx, user, factor.secondFactor, factor.relyingParty ?? null, now);
    if (!mfaMethod) return { refusal: "invalid_credentials" };
  }
  if (user.kind === "customer_user") {
    const [row] = await tx
      .select({
        passwordHash: customerUsers.passwordHash,
        temporaryPasswordExpiresAt: customerUsers.temporaryPasswordExpiresAt,
        temporaryPasswordUsedAt: customerUsers.temporaryPasswordUsedAt,
      })
      .from(customerUsers)
      .where(eq(customerUsers.id, user.id))
      .limit(1);
    // Reset or changed since it was verified: the password given is no longer the user's.
    if (!row || row.passwordHash !== verifiedHash) return { refusal: "invalid_credentials" };
    const refusal = temporaryPasswordRefusal(row, now);
    if (refusal) return { refusal };
    if (row.temporaryPasswordExpiresAt) {
      await tx.update(customerUsers).set({ temporaryPasswordUsedAt: now }).where(eq(customerUsers.id, user.id));
    }
  }
  return { user, sessionId: await startSession(tx, user, now, mfaMethod) };
}

type SignInRefusal = "invalid_credentials" | "second_factor_required" | TemporaryPasswordRefusal;

/** The lockout, in the Activity log of the partner whose user (or customer's user) it is. */
export async function recordLockout(tx: Tx, user: UserRef, state: ThrottleState, clientAddress: string): Promise<void> {
  const actor =
    user.kind === "partner_user" ? await loadPartnerActor(tx, user.id) : await loadCustomerActor(tx, user.id);
  // A deactivated user cannot sign in anyway; its lockout would tell an Admin agent nothing.
  if (!actor) return;
  await recordActivity(tx, {
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

type Admission = { refused: true; until: Date } | { refused: false; locks: (ThrottleState | null)[] };

/**
 * An attempt is counted as a failure before the password is checked, in a write transaction, so that guesses racing
 * from several processes cannot slip past the threshold while scrypt runs (the write lock is never held during
 * scrypt). Refused, without a count, while any of the keys is locked; else answers the lock each key's count set now.
 */
function admit(counts: { key: string; threshold: number }[], now: Date): Promise<Admission> {
  return writeTransaction(async (tx): Promise<Admission> => {
    const states: ThrottleState[] = [];
    for (const { key } of counts) states.push(await readThrottle(tx, key));
    const until = states.map((state) => lockedUntil(state, now)).reduce(laterOf, null);
    if (until) return { refused: true, until };
    const locks: (ThrottleState | null)[] = [];
    for (const [i, { key, threshold }] of counts.entries()) {
      const result = countFailure(states[i], threshold, now);
      await writeThrottle(tx, key, result.state);
      locks.push(result.lockedNow ? result.state : null);
    }
    return { refused: false, locks };
  });
}

/**
 * One sign-in attempt, throttled per account name and per client address with the state in the database, counted up
 * front (admit). A success then starts the account over, any lock on it included (countSuccess), and starts the
 * session in the same transaction.
 */
export async function attemptSignIn(attempt: {
  name: string;
  password: string;
  clientAddress: string;
  secondFactor?: SecondFactor;
  relyingParty?: RelyingParty | null;
  now?: Date;
}): Promise<SignInOutcome> {
  const now = attempt.now ?? new Date();
  const keys = { account: accountKey(attempt.name), address: `address:${attempt.clientAddress}` };
  const admitted = await admit(
    [
      { key: keys.account, threshold: signInLimits.accountFailures },
      { key: keys.address, threshold: signInLimits.addressFailures },
    ],
    now,
  );
  if (admitted.refused) return { ok: false, error: "too_many_attempts", retryAt: admitted.until };
  const [accountLock, addressLock] = admitted.locks;

  const verified = await verifyCredentials(attempt.name, attempt.password);

  const settled = await writeTransaction(async (tx) => {
    const signedIn = verified.user
      ? await signIn(tx, verified.user, verified.passwordHash, attempt, now)
      : { refusal: "invalid_credentials" as const };
    if ("sessionId" in signedIn) {
      await writeThrottle(tx, keys.account, countSuccess(await readThrottle(tx, keys.account), "account"));
      await writeThrottle(tx, keys.address, countSuccess(await readThrottle(tx, keys.address), "address"));
    } else if (signedIn.refusal === "second_factor_required") {
      // The right password, asked for its second factor: the first half of a sign-in, not a guess. The client address
      // gets its attempt back (or a busy office would lock itself out by signing in); the account keeps it until the
      // factor is shown too, so that password steps cannot wipe the count of guessed codes.
      await writeThrottle(tx, keys.address, countSuccess(await readThrottle(tx, keys.address), "address"));
    } else if (accountLock && verified.known) {
      await recordLockout(tx, verified.known, accountLock, attempt.clientAddress);
    }
    return signedIn;
  });
  if ("sessionId" in settled) return { ok: true, ...settled };
  const retryAt = laterOf(accountLock?.lockedUntil ?? null, addressLock?.lockedUntil ?? null);
  if (retryAt) return { ok: false, error: "too_many_attempts", retryAt };
  // A temporary password refused: it was right and so was any second factor, so saying why tells a guesser nothing.
  if (settled.refusal !== "invalid_credentials") return { ok: false, error: settled.refusal };
  // A wrong password without a second factor is asked for one, as a right one would be (SignInOutcome).
  return { ok: false, error: attempt.secondFactor ? "invalid_credentials" : "second_factor_required" };
}

/**
 * The other door that checks an account's password, change password, counts toward the account's lockout as a
 * sign-in does (the same count, the same lockouts), up front like it (admit): refused while the account is locked,
 * else the lock this attempt's count set, if it did. The client address is not counted: the caller is signed in.
 */
export async function admitAccountAttempt(
  name: string,
  now: Date,
): Promise<{ refused: true; until: Date } | { refused: false; lock: ThrottleState | null }> {
  const admitted = await admit([{ key: accountKey(name), threshold: signInLimits.accountFailures }], now);
  return admitted.refused ? admitted : { refused: false, lock: admitted.locks[0] };
}

/** The account's password was shown right (change password): its count starts over, as after a sign-in. */
export async function startAccountOver(tx: Tx, name: string): Promise<void> {
  await writeThrottle(tx, accountKey(name), countSuccess(await readThrottle(tx, accountKey(name)), "account"));
}
