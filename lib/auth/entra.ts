import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { partners, partnerUsers } from "@/db/schema";
import { inResultTransaction } from "@/lib/access/write-transaction";
import type { UserRef } from "@/lib/access/actor";
import { fail, ok, type Result } from "@/lib/result";
import { startSession } from "./sessions";

export type EntraConfiguration = { issuer: string; clientId: string; clientSecret: string };

/**
 * Sign in with Microsoft, from ENTRA_ISSUER (the authority whose /.well-known/openid-configuration is read, e.g.
 * https://login.microsoftonline.com/organizations/v2.0), ENTRA_CLIENT_ID and ENTRA_CLIENT_SECRET: all three, or it is
 * off (no provider, no button).
 */
export function entraConfiguration(env: Record<string, string | undefined> = process.env): EntraConfiguration | null {
  const issuer = env.ENTRA_ISSUER?.trim().replace(/\/+$/, "");
  const clientId = env.ENTRA_CLIENT_ID?.trim();
  const clientSecret = env.ENTRA_CLIENT_SECRET;
  return issuer && clientId && clientSecret ? { issuer, clientId, clientSecret } : null;
}

/**
 * The ID token's claims that decide who signs in. The token itself was checked by next-auth (signature, issuer,
 * audience, expiry, nonce) before it gets here; anything else in it is ignored.
 */
const entraClaims = z.object({
  /** The tenant the person signed in to: a partner's own, or nobody here. */
  tid: z.string().trim().toLowerCase().min(1),
  /** The person's immutable id in that tenant: what a partner user stays linked by. */
  oid: z.string().trim().toLowerCase().min(1),
  email: z.string().trim().toLowerCase().max(320).optional(),
  /** OpenID Connect's own verification flag, which most providers send. */
  email_verified: z.boolean().optional(),
  /** Entra's optional claim: the e-mail's domain is one the user's tenant verified it owns. */
  xms_edov: z.boolean().optional(),
  /** How the person authenticated (RFC 8176): "mfa" when Entra asked for a second factor. */
  amr: z.array(z.string()).optional(),
});

type EntraClaims = z.infer<typeof entraClaims>;

/**
 * An e-mail address the token vouches for, or null. Entra documents `email`, `preferred_username` and `upn` as mutable
 * and not for authorization: an `email` counts only when marked verified, and the other two never do.
 */
function verifiedEmail(claims: EntraClaims): string | null {
  return claims.email && (claims.email_verified === true || claims.xms_edov === true) ? claims.email : null;
}

// One answer for every refusal (unknown person, another tenant, a deactivated user, a token without what it needs).
const notAUser = () => fail("unauthenticated", "signIn.entra.refused");

/**
 * The active partner user the token names: the one linked to its object id in the partner whose tenant it is, else
 * the one, not linked yet, with its verified e-mail in that partner. A user linked to another object id is never
 * matched by e-mail: whoever else in the tenant shows that address does not take over the account.
 */
async function matchPartnerUser(tx: Tx, claims: EntraClaims) {
  const [partner] = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(eq(partners.tenantId, claims.tid))
    .limit(1);
  if (!partner) return null;
  const columns = { id: partnerUsers.id, active: partnerUsers.active, entraObjectId: partnerUsers.entraObjectId };
  const [linked] = await tx
    .select(columns)
    .from(partnerUsers)
    .where(and(eq(partnerUsers.partnerId, partner.id), eq(partnerUsers.entraObjectId, claims.oid)))
    .limit(1);
  if (linked) return linked.active ? linked : null;
  const email = verifiedEmail(claims);
  if (!email) return null;
  const [byEmail] = await tx
    .select(columns)
    .from(partnerUsers)
    .where(
      and(
        eq(partnerUsers.partnerId, partner.id),
        eq(partnerUsers.email, email),
        isNull(partnerUsers.entraObjectId),
        eq(partnerUsers.active, true),
      ),
    )
    .limit(1);
  return byEmail ?? null;
}

/**
 * A person signed in with Microsoft: matched to an existing active partner user (nobody is created), linked by object
 * id on the first sign-in, and given a session in the same write transaction. Entra's MFA counts as the session's
 * second factor when the token's `amr` says it was done; otherwise the session is half signed in and Partner Console's
 * own MFA step follows.
 */
export async function signInWithEntra(
  claims: unknown,
  now = new Date(),
): Promise<Result<{ user: UserRef; sessionId: string }>> {
  const parsed = entraClaims.safeParse(claims);
  if (!parsed.success) return notAUser();
  const token = parsed.data;
  return inResultTransaction("write", async (tx) => {
    const matched = await matchPartnerUser(tx, token);
    if (!matched) return notAUser();
    if (!matched.entraObjectId) {
      await tx.update(partnerUsers).set({ entraObjectId: token.oid }).where(eq(partnerUsers.id, matched.id));
    }
    const user: UserRef = { kind: "partner_user", id: matched.id };
    const mfaMethod = token.amr?.includes("mfa") ? "entra" : null;
    return ok({ user, sessionId: await startSession(tx, user, now, mfaMethod) });
  });
}
