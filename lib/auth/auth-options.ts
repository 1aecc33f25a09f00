import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { customerUsers, partnerUsers } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { verifyPassword } from "./password";
import { sessionSubject } from "./session-subject";
import { authSecret, usesSecureCookies } from "./secret";

// The app is served on whatever host and port it is started on (PORT), with no NEXTAUTH_URL to
// configure: let next-auth build its URLs from the request's Host header.
process.env.AUTH_TRUST_HOST ??= "true";

const credentials = z.object({
  // Partner e-mails and customer user names (which allow ! # ^ ~ ' before the @) alike.
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z.string().min(1).max(200),
});

/** Partner users sign in with their email, customer users with their user principal name: one form for both. */
function checkCredentials(email: string, password: string): ActorRef | null {
  const db = getDb();
  const partnerUser = db.select().from(partnerUsers).where(eq(partnerUsers.email, email)).get();
  if (partnerUser) {
    return partnerUser.active && verifyPassword(password, partnerUser.passwordHash)
      ? { kind: "partner_user", id: partnerUser.id }
      : null;
  }
  const customerUser = db.select().from(customerUsers).where(eq(customerUsers.userPrincipalName, email)).get();
  return customerUser?.status === "active" &&
    customerUser.passwordHash &&
    verifyPassword(password, customerUser.passwordHash)
    ? { kind: "customer_user", id: customerUser.id }
    : null;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  useSecureCookies: usesSecureCookies(),
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize(raw) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const ref = checkCredentials(parsed.data.email, parsed.data.password);
        // Only who the user is goes into the token; role, partner and customer are read per request.
        return ref && { id: sessionSubject(ref) };
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      return { ...session, userId: token.sub ?? "" };
    },
  },
};
