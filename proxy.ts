import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret, servedOverHttps } from "@/lib/auth/secret";

/**
 * Sends signed-out visitors to the sign-in page and back afterwards. This is only the polite first
 * check: every page, action and route handler still checks the actor itself.
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: authSecret(), secureCookie: servedOverHttps(request.headers) });
  if (token) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // API routes answer 401 themselves; sign-in and static files are public.
  matcher: ["/((?!api/|signin|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)"],
};
