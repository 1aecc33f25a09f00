import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  activityEntries,
  authenticatorApps,
  customerUsers,
  signInThrottles,
  usedAuthenticatorCodes,
} from "@/db/schema";
import { writeTransaction } from "@/db/transaction";
import {
  actorRef,
  customerActorRef,
  customerTenantId,
  customerUser,
  demo,
  newActivityFor,
  partnerUserId,
} from "@/testing/fixtures";
import { demoCodeAt, demoSecondFactorAt } from "@/testing/mfa";
import { addCustomerUser } from "@/lib/customer-users/add-customer-user";
import { resetCustomerUserPassword } from "@/lib/customer-users/reset-customer-user-password";
import { replaceRecoveryCodes } from "@/lib/mfa/security-info-store";
import { changePassword } from "./change-password";
import { demoAuthenticatorKey } from "./demo-password";
import { isSessionLive, liveSession } from "./sessions";
import { attemptSignIn } from "./sign-in-attempt";
import { signInLimits } from "./sign-in-throttle";

const start = new Date("2026-11-25T09:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const alex = "alex@wingtiptoys.onmicrosoft.com";

/** The password step alone, as the sign-in form sends it first. */
const attempt = (name: string, password: string, now: Date, clientAddress = "203.0.113.10") =>
  attemptSignIn({ name, password, clientAddress, now });

/**
 * The demo password with the code the demo authenticator app shows at `now`: a partner user's whole sign-in. A code
 * signs in once, so one user's sign-ins in a test are at least a 30-second step apart.
 */
const signInWithCode = (name: string, now: Date, clientAddress = "203.0.113.10") =>
  attemptSignIn({ name, password: "partner-demo", clientAddress, secondFactor: demoSecondFactorAt(now), now });

/** Wrong passwords (without a second factor), one a second from `from`; answers the last outcome. */
async function guess(name: string, times: number, from = 0, clientAddress?: string) {
  let outcome = await attempt(name, "wrong", at(from), clientAddress);
  for (let i = 1; i < times; i++) outcome = await attempt(name, `wrong-${i}`, at(from + i * 1000), clientAddress);
  return outcome;
}

const lockoutEntries = () =>
  getDb()
    .select()
    .from(activityEntries)
    .where(eq(activityEntries.operationType, "sign_in_lockout"))
    .orderBy(activityEntries.id);

const throttleOf = async (key: string) => {
  const [row] = await getDb().select().from(signInThrottles).where(eq(signInThrottles.key, key)).limit(1);
  return row;
};

describe("attemptSignIn", () => {
  it("signs a partner user in with the right password and the authenticator app's code", async () => {
    expect(await signInWithCode(demo.contosoAdmin, start)).toEqual({
      ok: true,
      user: { kind: "partner_user", id: await partnerUserId(demo.contosoAdmin) },
      sessionId: expect.any(String),
    });
  });

  it("after 10 failures refuses even the right password for a minute, saying until when; then lets it in", async () => {
    for (let i = 0; i < 9; i++) {
      // Asked for the second factor, as the right password would be: nothing tells that it was wrong.
      expect(await attempt(demo.contosoAdmin, `guess-${i}`, at(i * 1000))).toEqual({
        ok: false,
        error: "second_factor_required",
      });
    }
    expect(await attempt(demo.contosoAdmin, "guess-9", at(9_000))).toEqual({
      ok: false,
      error: "too_many_attempts",
      retryAt: at(69_000),
    });
    expect(await signInWithCode(demo.contosoAdmin, at(10_000))).toEqual({
      ok: false,
      error: "too_many_attempts",
      retryAt: at(69_000),
    });
    expect(await signInWithCode(demo.contosoAdmin, at(69_000))).toMatchObject({ ok: true });
  });

  it("locks longer the second time in a row, and a success starts over", async () => {
    await guess(demo.contosoAdmin, 10);
    const second = await guess(demo.contosoAdmin, 10, 70_000);
    expect(second).toEqual({ ok: false, error: "too_many_attempts", retryAt: at(79_000 + 2 * 60_000) });
    expect(await signInWithCode(demo.contosoAdmin, at(79_000 + 2 * 60_000))).toMatchObject({ ok: true });
    expect(await throttleOf(`account:${demo.contosoAdmin}`)).toMatchObject({
      failures: 0,
      lockouts: 0,
      lockedUntil: null,
    });
    expect(await guess(demo.contosoAdmin, 9, 300_000)).toEqual({ ok: false, error: "second_factor_required" });
  });

  it("writes the lockout to the partner's Activity log, with the customer for a customer user, never the password", async () => {
    await guess(demo.contosoSales, 10);
    await guess(alex, 10);
    const [sales, customer] = await lockoutEntries();
    expect(sales).toMatchObject({ actorEmail: demo.contosoSales, customerName: null });
    expect(JSON.parse(sales.newValue!)).toEqual({
      userPrincipalName: demo.contosoSales,
      lockedUntil: at(69_000).toISOString(),
      failedAttempts: 10,
      lockoutNumber: 1,
      clientAddress: "203.0.113.10",
    });
    expect(customer).toMatchObject({ actorEmail: alex, customerName: "Wingtip Toys" });
    expect((await newActivityFor("Wingtip Toys")).map((e) => e.operationType)).toEqual(["sign_in_lockout"]);
    expect(customer.newValue).not.toContain("wrong");
  });

  it("throttles an unknown account exactly like a known one, writing no entry: a lockout tells nothing", async () => {
    const unknown = "nobody@contoso-csp.example";
    expect(await guess(unknown, 9)).toEqual({ ok: false, error: "second_factor_required" });
    expect(await guess(unknown, 1, 9_000)).toEqual({ ok: false, error: "too_many_attempts", retryAt: at(69_000) });
    expect(await lockoutEntries()).toEqual([]);
  });

  it("refuses a deactivated user and a user without a password with the same answer as a wrong password", async () => {
    await getDb().update(customerUsers).set({ status: "inactive" }).where(eq(customerUsers.userPrincipalName, alex));
    expect(await attempt(alex, "wrong", start)).toEqual({ ok: false, error: "second_factor_required" });
    expect(await attempt(alex, "partner-demo", start)).toEqual({ ok: false, error: "second_factor_required" });
    const megan = await customerUser("megan@wingtiptoys.onmicrosoft.com");
    await getDb().update(customerUsers).set({ passwordHash: null }).where(eq(customerUsers.id, megan.id));
    expect(await attempt(megan.userPrincipalName, "partner-demo", start)).toEqual({
      ok: false,
      error: "second_factor_required",
    });
    // With a second factor, the answer to a wrong password: invalid credentials, for all three alike.
    for (const name of [alex, megan.userPrincipalName, demo.contosoSales]) {
      expect(
        await attemptSignIn({
          name,
          password: "wrong",
          clientAddress: "203.0.113.10",
          secondFactor: { code: "123456" },
          now: start,
        }),
      ).toEqual({
        ok: false,
        error: "invalid_credentials",
      });
    }
  });

  it("locks a client address that guesses across many accounts, whose successes do not reset it", async () => {
    const spray = "198.51.100.23";
    for (let i = 0; i < signInLimits.addressFailures - 1; i++) {
      expect(await attempt(`user${i}@contoso-csp.example`, "Winter2026!", at(i * 100), spray)).toMatchObject({
        error: "second_factor_required",
      });
      if (i === 50) {
        // Both steps of a real sign-in: the password is asked for the code, then the two are sent together.
        expect(await attempt(demo.contosoAdmin, "partner-demo", at(i * 100 + 20), spray)).toMatchObject({
          error: "second_factor_required",
        });
        expect(await signInWithCode(demo.contosoAdmin, at(i * 100 + 50), spray)).toMatchObject({ ok: true });
      }
      if (i === 60) {
        // Password and code sent at once, without the password step: it takes back its own attempt, no more, so a
        // user's own sign-ins cannot wipe an address's guesses.
        expect(await signInWithCode(demo.contosoSales, at(i * 100 + 50), spray)).toMatchObject({ ok: true });
      }
    }
    expect(await attempt("last@contoso-csp.example", "Winter2026!", at(10_000), spray)).toEqual({
      ok: false,
      error: "too_many_attempts",
      retryAt: at(70_000),
    });
    // Even a known account's right password, from that address; another address is not affected.
    expect(await signInWithCode(demo.contosoAdmin, at(31_000), spray)).toMatchObject({
      error: "too_many_attempts",
    });
    // The next step's code: the one signed in with above (at 5 s) was spent.
    expect(await signInWithCode(demo.contosoAdmin, at(31_000), "203.0.113.99")).toMatchObject({ ok: true });
  }, 30_000); // a hundred scrypts: seconds on a busy machine

  it("names the later end when one attempt locks both the account and the client address", async () => {
    const address = "198.51.100.77";
    await getDb()
      .insert(signInThrottles)
      .values([
        { key: `account:${demo.contosoSales}`, failures: 9, firstFailureAt: start, lockouts: 0 },
        // The address's second lockout in a row: two minutes, against the account's first minute.
        { key: `address:${address}`, failures: 99, firstFailureAt: start, lockouts: 1, lastLockedAt: at(-3_600_000) },
      ]);
    expect(await attempt(demo.contosoSales, "wrong", at(1_000), address)).toEqual({
      ok: false,
      error: "too_many_attempts",
      retryAt: at(1_000 + 2 * 60_000),
    });
    const [lockout] = await lockoutEntries();
    expect(JSON.parse(lockout.newValue!)).toMatchObject({ lockedUntil: at(61_000).toISOString() });
  });

  it("lets no more than 10 guesses through when 15 arrive at the same moment from separate processes", async () => {
    const run = promisify(execFile);
    const tsx = path.resolve("node_modules/.bin/tsx");
    const script = path.resolve("testing/attempt-sign-in-in-process.ts");
    const startAt = String(Date.now() + 3000);
    const outcomes = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        run(tsx, [script, demo.contosoHelpdesk, `guess-${i}`, "203.0.113.50", startAt], { env: process.env }).then(
          ({ stdout }) => JSON.parse(stdout) as { ok: boolean; error?: string },
        ),
      ),
    );
    const refusedUnchecked = outcomes.filter((o) => o.error === "too_many_attempts").length;
    // Ten were checked (the tenth set the lock and says so); the other five were refused without a look. A wrong
    // password without a second factor is asked for one, as the right password would be.
    expect(outcomes.filter((o) => o.error === "second_factor_required")).toHaveLength(9);
    expect(refusedUnchecked).toBe(6);
    const row = await throttleOf(`account:${demo.contosoHelpdesk}`);
    expect(row).toMatchObject({ failures: 0, lockouts: 1 });
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await lockoutEntries()).toHaveLength(1);
  }, 30_000);
});

describe("the second factor at sign-in", () => {
  const wrongCodeAt = (now: Date) => (demoCodeAt(now) === "123456" ? "654321" : "123456");
  const withCode = (name: string, password: string, code: string, now: Date) =>
    attemptSignIn({ name, password, clientAddress: "203.0.113.10", secondFactor: { code }, now });
  const spentSteps = () => getDb().select().from(usedAuthenticatorCodes);

  it("is asked for after the right password of a user with MFA, and after a wrong one alike", async () => {
    expect(await attempt(demo.contosoAdmin, "partner-demo", start)).toEqual({
      ok: false,
      error: "second_factor_required",
    });
    expect(await attempt(demo.contosoAdmin, "wrong", start)).toEqual({ ok: false, error: "second_factor_required" });
    expect(await attempt("nobody@contoso-csp.example", "wrong", start)).toEqual({
      ok: false,
      error: "second_factor_required",
    });
  });

  it("with a wrong password is refused as invalid credentials, and the code is not spent", async () => {
    const code = demoCodeAt(start);
    expect(await withCode(demo.contosoAdmin, "wrong", code, start)).toEqual({
      ok: false,
      error: "invalid_credentials",
    });
    expect(await spentSteps()).toEqual([]);
    expect(await withCode(demo.contosoAdmin, "partner-demo", code, start)).toMatchObject({ ok: true });
  });

  it("signs in with the right password, the session recording how and when MFA was done", async () => {
    const signedIn = await signInWithCode(demo.contosoAdmin, start);
    if (!signedIn.ok) throw new Error(signedIn.error);
    expect(await liveSession(getDb(), signedIn.sessionId, await actorRef(demo.contosoAdmin), start)).toEqual({
      mfaMethod: "authenticator_app",
      mfaAt: start,
    });
  });

  it("is refused when wrong or used already, with the answer of a wrong password", async () => {
    expect(await withCode(demo.contosoAdmin, "partner-demo", wrongCodeAt(start), start)).toEqual({
      ok: false,
      error: "invalid_credentials",
    });
    expect(await signInWithCode(demo.contosoAdmin, start)).toMatchObject({ ok: true });
    expect(await signInWithCode(demo.contosoAdmin, at(1_000))).toEqual({ ok: false, error: "invalid_credentials" });
  });

  it("may be a recovery code, which signs in once", async () => {
    const admin = await actorRef(demo.contosoAdmin);
    const [code] = await writeTransaction((tx) => replaceRecoveryCodes(tx, admin, start));
    const signedIn = await withCode(demo.contosoAdmin, "partner-demo", code, start);
    if (!signedIn.ok) throw new Error(signedIn.error);
    expect(await liveSession(getDb(), signedIn.sessionId, admin, start)).toMatchObject({ mfaMethod: "recovery_code" });
    expect(await withCode(demo.contosoAdmin, "partner-demo", code, at(60_000))).toEqual({
      ok: false,
      error: "invalid_credentials",
    });
  });

  it("counts wrong codes toward the account's lockout, which then refuses the right password and code", async () => {
    for (let i = 0; i < 9; i++) {
      expect(await withCode(demo.contosoSales, "partner-demo", wrongCodeAt(at(i * 1000)), at(i * 1000))).toEqual({
        ok: false,
        error: "invalid_credentials",
      });
    }
    expect(await withCode(demo.contosoSales, "partner-demo", wrongCodeAt(at(9_000)), at(9_000))).toEqual({
      ok: false,
      error: "too_many_attempts",
      retryAt: at(69_000),
    });
    expect(await signInWithCode(demo.contosoSales, at(40_000))).toEqual({
      ok: false,
      error: "too_many_attempts",
      retryAt: at(69_000),
    });
    expect((await lockoutEntries()).map((entry) => entry.actorEmail)).toEqual([demo.contosoSales]);
    // Refused unchecked: that step's code was not spent, and the lock over, the next step's signs in.
    expect(await signInWithCode(demo.contosoSales, at(69_000))).toMatchObject({ ok: true });
  }, 30_000); // a dozen scrypts

  it("counts the password step and the code of a sign-in as one attempt of the address: both are taken back", async () => {
    const address = "203.0.113.61";
    expect(await attempt(demo.contosoAdmin, "partner-demo", start, address)).toMatchObject({
      error: "second_factor_required",
    });
    expect(await signInWithCode(demo.contosoAdmin, at(1_000), address)).toMatchObject({ ok: true });
    expect(await throttleOf(`address:${address}`)).toMatchObject({ failures: 0 });
    expect(await throttleOf(`account:${demo.contosoAdmin}`)).toMatchObject({ failures: 0, lockouts: 0 });
  });

  it("is not asked of a customer user without MFA: the password alone signs in", async () => {
    const signedIn = await attempt(alex, "partner-demo", start);
    if (!signedIn.ok) throw new Error(signedIn.error);
    expect(await liveSession(getDb(), signedIn.sessionId, await customerActorRef(alex), start)).toEqual({
      mfaMethod: null,
      mfaAt: null,
    });
  });

  it("is asked of a customer user who turned MFA on", async () => {
    const user = await customerActorRef(alex);
    await getDb().insert(authenticatorApps).values({
      userKind: user.kind,
      userId: user.id,
      secret: demoAuthenticatorKey(),
      createdAt: start,
      confirmedAt: start,
    });
    expect(await attempt(alex, "partner-demo", start)).toEqual({ ok: false, error: "second_factor_required" });
    expect(await signInWithCode(alex, start)).toMatchObject({ ok: true, user });
  });

  it("lets a partner user who has not set MFA up in half way: a session without MFA, to set it up", async () => {
    const debra = "debra@contoso-csp.example";
    const signedIn = await attempt(debra, "partner-demo", start);
    if (!signedIn.ok) throw new Error(signedIn.error);
    expect(await liveSession(getDb(), signedIn.sessionId, await actorRef(debra), start)).toEqual({
      mfaMethod: null,
      mfaAt: null,
    });
  });
});

describe("the time a refusal takes", () => {
  it("is the same for a wrong password, an unknown account and a deactivated user (within 20%)", async () => {
    const deactivated = "megan@wingtiptoys.onmicrosoft.com";
    await getDb()
      .update(customerUsers)
      .set({ status: "inactive" })
      .where(eq(customerUsers.userPrincipalName, deactivated));
    const accounts = [demo.contosoAdmin, "nobody@contoso-csp.example", deactivated];
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    /** The median ratio of the unknown and the deactivated account's refusal times to the known account's. */
    async function measure(series: number): Promise<number[]> {
      const ratios: [number[], number[]] = [[], []];
      // Each round times the three back to back, each first in turn, from its own address 20 minutes after the
      // last (no lockout). Comparing within a round keeps other processes' load, which comes and goes, out of it.
      for (let round = 0; round < 15; round++) {
        const took: number[] = [];
        for (let turn = 0; turn < accounts.length; turn++) {
          const which = (round + turn) % accounts.length;
          const began = performance.now();
          await attemptSignIn({
            name: accounts[which],
            password: "not-it",
            clientAddress: `192.0.${series}.${round}`,
            now: at((series * 15 + round) * 20 * 60_000),
          });
          took[which] = performance.now() - began;
        }
        ratios[0].push(took[1] / took[0]);
        ratios[1].push(took[2] / took[0]);
      }
      return ratios.map(median);
    }
    const within = (ratios: number[]) => ratios.every((ratio) => ratio > 0.8 && ratio < 1.2);
    // Other test files run beside this one on two cores: a series they disturbed is measured again, up to three
    // times. A refusal that really skips the hash (5 ms against 45) is out of bounds in every series.
    let ratios = await measure(0);
    for (let series = 1; series < 3 && !within(ratios); series++) ratios = await measure(series);
    for (const ratio of ratios) {
      expect(ratio).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(1.2);
    }
  }, 30_000);
});

describe("a temporary password", () => {
  const kim = "kim@wingtiptoys.onmicrosoft.com";
  const day = 24 * 60 * 60 * 1000;
  async function addKim(): Promise<string> {
    const added = await addCustomerUser(await actorRef(demo.contosoAdmin), {
      customerId: await customerTenantId("Wingtip Toys"),
      displayName: "Kim Akers",
      userPrincipalName: kim,
    });
    if (!added.ok) throw new Error(added.reason);
    return added.data.temporaryPassword;
  }
  const signInAt = (password: string, now: Date) =>
    attemptSignIn({ name: kim, password, clientAddress: "203.0.113.10", now });

  it("signs in once, starting the session in the same step; a second sign-in with it is refused", async () => {
    const temporary = await addKim();
    const now = new Date();
    const first = await signInAt(temporary, now);
    if (!first.ok) throw new Error(first.error);
    expect(await isSessionLive(getDb(), first.sessionId, await customerActorRef(kim))).toBe(true);
    expect((await customerUser(kim)).temporaryPasswordUsedAt).toEqual(now);
    expect(await signInAt(temporary, new Date(now.getTime() + 60_000))).toEqual({
      ok: false,
      error: "temporary_password_used",
    });
  });

  it("stops working 24 hours after it was issued, even unused", async () => {
    const issuedBefore = Date.now();
    const temporary = await addKim();
    expect(await signInAt(temporary, new Date(issuedBefore + day + 1_000))).toEqual({
      ok: false,
      error: "temporary_password_expired",
    });
    expect((await customerUser(kim)).temporaryPasswordUsedAt).toBeNull();
  });

  it("gives the refusal only for the right password: a wrong one is refused as any wrong password", async () => {
    const temporary = await addKim();
    await signInAt(temporary, new Date());
    expect(await signInAt(`${temporary}x`, new Date())).toEqual({ ok: false, error: "second_factor_required" });
  });

  it("is done with once the user chose their own: that one signs in any number of times, well after 24 hours", async () => {
    const temporary = await addKim();
    const first = await signInAt(temporary, new Date());
    if (!first.ok) throw new Error(first.error);
    const changed = await changePassword(
      { ref: first.user, sessionId: first.sessionId },
      { currentPassword: temporary, newPassword: "Coffee beans 42", confirmPassword: "Coffee beans 42" },
      { clientAddress: "203.0.113.10" },
    );
    expect(changed).toMatchObject({ ok: true });
    expect(await customerUser(kim)).toMatchObject({ temporaryPasswordExpiresAt: null, temporaryPasswordUsedAt: null });
    for (const later of [1_000, 2 * day, 3 * day]) {
      expect(await signInAt("Coffee beans 42", new Date(Date.now() + later))).toMatchObject({ ok: true });
    }
  });

  it("is replaced by a reset with a fresh 24 hours and one more sign-in", async () => {
    const temporary = await addKim();
    await signInAt(temporary, new Date());
    const reset = await resetCustomerUserPassword(await actorRef(demo.contosoAdmin), {
      userId: (await customerUser(kim)).objectId,
    });
    if (!reset.ok) throw new Error(reset.reason);
    expect((await customerUser(kim)).temporaryPasswordUsedAt).toBeNull();
    expect(await signInAt(reset.data.temporaryPassword, new Date(Date.now() + day - 60_000))).toMatchObject({
      ok: true,
    });
    expect(await signInAt(reset.data.temporaryPassword, new Date(Date.now() + day - 30_000))).toMatchObject({
      error: "temporary_password_used",
    });
  });
});
