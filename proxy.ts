import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { proxySessionHeader, vouchForSession } from "@/lib/auth/proxy-session";
import { authSecret, servedOverHttps } from "@/lib/auth/secret";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/http/security-headers";

// Pages a signed-out visitor may see; every other page sends them to sign in. API routes answer 401 themselves.
const publicPaths = /^\/(signin|api\/)/;

/**
 * Runs before every page and route: gives the response its Content-Security-Policy with a fresh nonce (Next.js
 * reads it from the request header and puts it on its own scripts) and HSTS over HTTPS, and sends signed-out
 * visitors to the sign-in page and back afterwards. The redirect is only the polite first check: every page,
 * action and route handler still checks the actor itself. The session it read is handed on signed (proxy-session.ts),
 * so that the page or action does not decrypt the cookie a second time.
 */
export async function proxy(request: NextRequest) {
  const overHttps = servedOverHttps(request.headers);
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, overHttps, process.env.NODE_ENV === "development");

  const { pathname, search } = request.nextUrl;
  let response: NextResponse;
  const token = publicPaths.test(pathname)
    ? true
    : await getToken({ req: request, secret: authSecret(), secureCookie: overHttps });
  if (token) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", policy);
    requestHeaders.set("x-nonce", nonce);
    // The address asked for, so that a half-signed session sent to the MFA step comes back to it afterwards.
    requestHeaders.set("x-request-path", pathname + search);
    // Only what this proxy read from the cookie, never a header the client sent.
    requestHeaders.delete(proxySessionHeader);
    if (token !== true && typeof token.sub === "string" && typeof token.sid === "string") {
      requestHeaders.set(proxySessionHeader, vouchForSession({ subject: token.sub, sessionId: token.sid }));
    }
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    const signIn = new URL("/signin", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
    response = NextResponse.redirect(signIn);
  }
  response.headers.set("Content-Security-Policy", policy);
  if (overHttps) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  return response;
}

export const config = {
  // Everything but the build's static files and the app's icons (public/), which next.config.js gives their headers;
  // a signed-out browser asks for the icons too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-touch-icon.png).*)"],
};
