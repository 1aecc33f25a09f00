import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { newWebhookSecret, previousSecretValidMs, signingSecrets, webhookHeaders } from "./webhook-signing";

const payload = JSON.stringify({ EventName: "test-created" });

describe("signing webhook events (Standard Webhooks)", () => {
  it("signs so that the Standard Webhooks library verifies, and refuses a changed body", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = webhookHeaders("msg_1", payload, new Date(), [secret]);
    expect(new Webhook(secret).verify(payload, headers)).toEqual(JSON.parse(payload));
    expect(() => new Webhook(secret).verify(payload.replace("test", "fake"), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(payload, headers)).toThrow();
  });

  it("refuses an old attempt replayed: the library checks the timestamp", () => {
    const secret = newWebhookSecret();
    const headers = webhookHeaders("msg_1", payload, new Date(Date.now() - 10 * 60 * 1000), [secret]);
    expect(() => new Webhook(secret).verify(payload, headers)).toThrow();
  });

  it("signs with both secrets for a day after a rotation, so receivers holding either verify", () => {
    const now = new Date();
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const rotated = {
      secret: current,
      previousSecret: previous,
      previousSecretUntil: new Date(now.getTime() + previousSecretValidMs),
    };
    const secrets = signingSecrets(rotated, now);
    expect(secrets).toEqual([current, previous]);
    const headers = webhookHeaders("msg_2", payload, now, secrets);
    expect(headers["webhook-signature"].split(" ")).toHaveLength(2);
    expect(new Webhook(current).verify(payload, headers)).toBeTruthy();
    expect(new Webhook(previous).verify(payload, headers)).toBeTruthy();
    expect(signingSecrets(rotated, new Date(now.getTime() + previousSecretValidMs))).toEqual([current]);
  });
});
