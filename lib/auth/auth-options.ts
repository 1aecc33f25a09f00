import type { NextAuthOptions, User } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { writeTransaction } from "@/db/transaction";
import { clientAddressOf } from "@/lib/http/client-address";
import { sessionSubject } from "./session-subject";
import { attemptSignIn, signInCredentials } from "./sign-in-attempt";
import { lockoutError, secondFactorRequired } from "./sign-in-refusal";
import { relyingPartyOf } from "@/lib/mfa/relying-party";
import type { SecondFactor } from "@/lib/mfa/second-factor";
import { authSecret } from "./secret";
import { entraProviderId, entraProviders, signInWithMicrosoft } from "./entra-provider";
import { endSession, sessionLifetimeMs } from "./sessions";

// The app is served on whatever host and port it is started on (PORT), with no NEXTAUTH_URL to
// configure: let next-auth build its URLs from the request's Host header.
process.env.AUTH_TRUST_HOST ??= "true";

/** The second step's factor as the form sends it: a typed code, or a passkey's answer as JSON. */
function secondFactorOf(code: string | undefined, passkey: string | undefined): SecondFactor | undefined {
  if (passkey) {
    try {
      return { passkey: JSON.parse(passkey) as unknown };
    } catch {
      return { code: "" };
    }
  }
  return code ? { code } : undefined;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  // useSecureCookies is left to next-auth, which decides per request from the protocol the request came in
  // by (X-Forwarded-Proto, which server/server.mjs sets from the socket or a declared trusted proxy):
  // Secure, __Secure- prefixed cookies whenever the app is served over HTTPS. getSession agrees.
  session: { strategy: "jwt", maxAge: sessionLifetimeMs / 1000 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password, code, passkey } = parsed.data;
        const outcome = await attemptSignIn({
          name: email,
          password,
          clientAddress: clientAddressOf(request.headers ?? {}),
          secondFactor: secondFactorOf(code, passkey),
          relyingParty: relyingPartyOf(request.headers ?? {}),
        });
        if (outcome.ok) {
          // Only who the user is goes into the token, and the session the sign-in started (recorded server-side);
          // role, partner and customer are read per request.
          const user: User & { sid: string } = { id: sessionSubject(outcome.user), sid: outcome.sessionId };
          return user;
        }
        if (outcome.error === "second_factor_required") throw new Error(secondFactorRequired);
        if (outcome.error === "too_many_attempts") {
          throw new Error(lockoutError(outcome.retryAt));
        }
        // next-auth hands the message to the form as its error: the form names the reason.
        if (outcome.error !== "invalid_credentials") throw new Error(outcome.error);
        return null;
      },
    }),
    ...entraProviders(),
  ],
  callbacks: {
    signIn(params) {
      return params.account?.provider === entraProviderId ? signInWithMicrosoft(params) : true;
    },
    // next-auth's own return URLs (sign-in, sign-out): this site only, nothing a browser would read differently.
    redirect({ url, baseUrl }) {
      if (/[\u0000-\u001f\u007f\\]/.test(url) || !URL.canParse(url, baseUrl)) return baseUrl;
      const target = new URL(url, baseUrl);
      return target.origin === new URL(baseUrl).origin ? target.toString() : baseUrl;
    },
    jwt({ token, user }) {
      // At sign-in only (user is set then): the session the cookie will name, started by the sign-in itself.
      return user && "sid" in user && typeof user.sid === "string" ? { ...token, sid: user.sid } : token;
    },
  },
  events: {
    async signOut({ token }) {
      const sessionId = token?.sid;
      if (typeof sessionId === "string") await writeTransaction((tx) => endSession(tx, sessionId));
    },
  },
};
