import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { partnerUsers } from "@/db/schema";
import { verifyPassword } from "./password";
import { authSecret, usesSecureCookies } from "./secret";

// The app is served on whatever host and port it is started on (PORT), with no NEXTAUTH_URL to
// configure: let next-auth build its URLs from the request's Host header.
process.env.AUTH_TRUST_HOST ??= "true";

const credentials = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

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
        const user = getDb().select().from(partnerUsers).where(eq(partnerUsers.email, parsed.data.email)).get();
        if (!user || !user.active || !verifyPassword(parsed.data.password, user.passwordHash)) return null;
        // Only the user id goes into the token; role and partner are read from the database per request.
        return { id: String(user.id), email: user.email, name: user.displayName };
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      return { ...session, userId: token.sub ?? "" };
    },
  },
};
