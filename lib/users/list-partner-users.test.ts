import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { authenticatorApps, passkeys } from "@/db/schema";
import { actor, demo, partnerUserId } from "@/testing/fixtures";
import { listPartnerUsers } from "./list-partner-users";

const debra = "debra@contoso-csp.example";
const christie = "christie@contoso-csp.example";

describe("listPartnerUsers", () => {
  it("lists the partner's own users, with their role and whether MFA is set up", async () => {
    const users = await listPartnerUsers(await actor(demo.contosoSales));
    // Sorted here: where "Élise" falls is the database's collation's choice, not the same on both engines.
    expect(users.map((user) => user.displayName).sort()).toEqual([
      "Adele Vance",
      "Christie Cline",
      "Debra Berger",
      "Grady Archie",
      "Lee Gu",
      "Nestor Wilke",
      "Élise Fournier",
    ]);
    expect(users.find((user) => user.email === "grady@contoso-csp.example")).toMatchObject({
      role: "helpdesk_agent",
      active: true,
      mfaSetUp: true,
    });
    expect(users.filter((user) => !user.mfaSetUp).map((user) => user.email)).toEqual([christie, debra]);
  });

  it("never lists another partner's users", async () => {
    const users = await listPartnerUsers(await actor(demo.fabrikamAdmin));
    expect(users.map((user) => user.email)).toEqual([demo.fabrikamAdmin]);
  });

  it("counts a passkey as MFA set up, and an authenticator app only once it is confirmed", async () => {
    const now = new Date();
    await getDb()
      .insert(passkeys)
      .values({
        userKind: "partner_user",
        userId: await partnerUserId(debra),
        credentialId: "debra-credential",
        publicKey: "debra-public-key",
        name: "Debra's laptop",
        createdAt: now,
      });
    await getDb()
      .insert(authenticatorApps)
      .values({
        userKind: "partner_user",
        userId: await partnerUserId(christie),
        secret: "JBSWY3DPEHPK3PXP",
        createdAt: now,
      });
    const users = await listPartnerUsers(await actor(demo.contosoAdmin));
    expect(users.find((user) => user.email === debra)?.mfaSetUp).toBe(true);
    expect(users.find((user) => user.email === christie)?.mfaSetUp).toBe(false);
  });
});
