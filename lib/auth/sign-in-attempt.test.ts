import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { activityEntries, customerUsers, signInThrottles } from "@/db/schema";
import {
  actorRef,
  customerActorRef,
  customerTenantId,
  customerUser,
  demo,
  newActivityFor,
  partnerUserId,
} from "@/testing/fixtures";
import { addCustomerUser } from "@/lib/customer-users/add-customer-user";
import { resetCustomerUserPassword } from "@/lib/customer-users/reset-customer-user-password";
import { changePassword } from "./change-password";
import { isSessionLive } from "./sessions";
import { attemptSignIn } from "./sign-in-attempt";
import { signInLimits } from "./sign-in-throttle";

const start = new Date("2026-11-25T09:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const alex = "alex@wingtiptoys.onmicrosoft.com";

const attempt = (name: string, password: string, now: Date, clientAddress = "203.0.113.10") =>
  attemptSignIn({ name, password, clientAddress, now });

/** Wrong passwords, one a second from `from`; answers the last outcome. */
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
  it("signs in with the right password", async () => {
    expect(await attempt(demo.contosoAdmin, "partner-demo", start)).toEqual({
      ok: true,
      user: { kind: "partner_user", id: await partnerUserId(demo.contosoAdmin) },
      sessionId: expect.any(String),
    });
  });

  it("after 10 failures refuses even the right password for a minute, saying until when; then lets it in", async () => {
    for (let i = 0; i < 9; i++) {
      expect(await attempt(demo.contosoAdmin, `guess-${i}`, at(i * 1000))).toEqual({
        ok: false,
        error: "invalid_credentials",
      });
    }
    expect(await attempt(demo.contosoAdmin, "guess-9", at(9_000))).toEqual({
      ok: false,
      error: "too_many_attempts",
      retryAt: at(69_000),
    });
    expect(await attempt(demo.contosoAdmin, "partner-demo", at(10_000))).toEqual({
      ok: false,
      error: "too_many_attempts",
      retryAt: at(69_000),
    });
    expect(await attempt(demo.contosoAdmin, "partner-demo", at(69_000))).toMatchObject({ ok: true });
  });

  it("locks longer the second time in a row, and a success starts over", async () => {
    await guess(demo.contosoAdmin, 10);
    const second = await guess(demo.contosoAdmin, 10, 70_000);
    expect(second).toEqual({ ok: false, error: "too_many_attempts", retryAt: at(79_000 + 2 * 60_000) });
    expect(await attempt(demo.contosoAdmin, "partner-demo", at(79_000 + 2 * 60_000))).toMatchObject({ ok: true });
    expect(await throttleOf(`account:${demo.contosoAdmin}`)).toMatchObject({
      failures: 0,
      lockouts: 0,
      lockedUntil: null,
    });
    expect(await guess(demo.contosoAdmin, 9, 300_000)).toEqual({ ok: false, error: "invalid_credentials" });
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
    expect(await guess(unknown, 9)).toEqual({ ok: false, error: "invalid_credentials" });
    expect(await guess(unknown, 1, 9_000)).toEqual({ ok: false, error: "too_many_attempts", retryAt: at(69_000) });
    expect(await lockoutEntries()).toEqual([]);
  });

  it("refuses a deactivated user and a user without a password with the same answer as a wrong password", async () => {
    await getDb().update(customerUsers).set({ status: "inactive" }).where(eq(customerUsers.userPrincipalName, alex));
    expect(await attempt(alex, "partner-demo", start)).toEqual({ ok: false, error: "invalid_credentials" });
    const megan = await customerUser("megan@wingtiptoys.onmicrosoft.com");
    await getDb().update(customerUsers).set({ passwordHash: null }).where(eq(customerUsers.id, megan.id));
    expect(await attempt(megan.userPrincipalName, "partner-demo", start)).toEqual({
      ok: false,
      error: "invalid_credentials",
    });
  });

  it("locks a client address that guesses across many accounts, whose successes do not reset it", async () => {
    const spray = "198.51.100.23";
    for (let i = 0; i < signInLimits.addressFailures - 1; i++) {
      expect(await attempt(`user${i}@contoso-csp.example`, "Winter2026!", at(i * 100), spray)).toMatchObject({
        error: "invalid_credentials",
      });
      if (i === 50)
        expect(await attempt(demo.contosoAdmin, "partner-demo", at(i * 100 + 50), spray)).toMatchObject({ ok: true });
    }
    expect(await attempt("last@contoso-csp.example", "Winter2026!", at(10_000), spray)).toEqual({
      ok: false,
      error: "too_many_attempts",
      retryAt: at(70_000),
    });
    // Even a known account's right password, from that address; another address is not affected.
    expect(await attempt(demo.contosoAdmin, "partner-demo", at(11_000), spray)).toMatchObject({
      error: "too_many_attempts",
    });
    expect(await attempt(demo.contosoAdmin, "partner-demo", at(11_000), "203.0.113.99")).toMatchObject({ ok: true });
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
    // Ten were checked (the tenth set the lock and says so); the other five were refused without a look.
    expect(outcomes.filter((o) => o.error === "invalid_credentials")).toHaveLength(9);
    expect(refusedUnchecked).toBe(6);
    const row = await throttleOf(`account:${demo.contosoHelpdesk}`);
    expect(row).toMatchObject({ failures: 0, lockouts: 1 });
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await lockoutEntries()).toHaveLength(1);
  }, 30_000);
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
    expect(await signInAt(`${temporary}x`, new Date())).toEqual({ ok: false, error: "invalid_credentials" });
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
