import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { customerUsers, partnerUsers } from "@/db/schema";
import type { ActorRef } from "@/lib/access/actor";
import { verifyPassword } from "./password";
import { parseSessionSubject, sessionSubject } from "./session-subject";
import { authSecret } from "./secret";
import { endSession, sessionLifetimeMs, startSession } from "./sessions";

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
  // useSecureCookies is left to next-auth, which decides per request from the protocol the request came in
  // by (X-Forwarded-Proto, which scripts/server.mjs sets from the socket or a declared trusted proxy):
  // Secure, __Secure- prefixed cookies whenever the app is served over HTTPS. getSessionToken agrees.
  session: { strategy: "jwt", maxAge: sessionLifetimeMs / 1000 },
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
    jwt({ token, user }) {
      // At sign-in only (user is set then): the session the cookie will name, recorded server-side.
      const subject = user ? parseSessionSubject(user.id) : null;
      return subject ? { ...token, sid: startSession(getDb(), subject) } : token;
    },
  },
  events: {
    signOut({ token }) {
      if (typeof token?.sid === "string") endSession(getDb(), token.sid);
    },
  },
};
