import { describe, expect, it } from "vitest";
import { actor, actorRef, customerActorRef, demo } from "@/testing/fixtures";
import { expiryDigestSetting } from "./notifications";
import { setExpiryDigest } from "./set-expiry-digest";

describe("setExpiryDigest", () => {
  it("is off by default; each agent, whatever their role, turns their own on or off", async () => {
    for (const email of [demo.contosoAdmin, demo.contosoSales, demo.contosoHelpdesk]) {
      expect(await expiryDigestSetting(await actor(email))).toBe(false);
    }
    expect(await setExpiryDigest(await actorRef(demo.contosoHelpdesk), { enabled: true })).toEqual({
      ok: true,
      data: { enabled: true, changed: true },
    });
    expect(await setExpiryDigest(await actorRef(demo.contosoHelpdesk), { enabled: true })).toEqual({
      ok: true,
      data: { enabled: true, changed: false },
    });
    expect(await expiryDigestSetting(await actor(demo.contosoHelpdesk))).toBe(true);
    // Another agent's choice is their own.
    expect(await expiryDigestSetting(await actor(demo.contosoAdmin))).toBe(false);

    expect(await setExpiryDigest(await actorRef(demo.contosoHelpdesk), { enabled: false })).toEqual({
      ok: true,
      data: { enabled: false, changed: true },
    });
    expect(await expiryDigestSetting(await actor(demo.contosoHelpdesk))).toBe(false);
  });

  it("refuses what is not true or false, a customer's user, and no one signed in", async () => {
    for (const input of [{}, { enabled: "true" }, { enabled: 1 }, { enabled: null }]) {
      expect(await setExpiryDigest(await actorRef(demo.contosoAdmin), input)).toMatchObject({
        ok: false,
        error: "invalid_input",
        fieldErrors: { enabled: [{ reason: "settings.errors.enabledBoolean" }] },
      });
    }
    expect(
      await setExpiryDigest(await customerActorRef("diego@cohovineyard.onmicrosoft.com"), { enabled: true }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect(await setExpiryDigest(null, { enabled: true })).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await expiryDigestSetting(await actor(demo.contosoAdmin))).toBe(false);
  });
});
