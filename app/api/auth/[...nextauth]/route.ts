import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { lockoutEnd } from "@/lib/auth/sign-in-refusal";

const handler = NextAuth(authOptions);

/**
 * next-auth answers every refused sign-in with 401. A locked account (or client address) is told the truth
 * instead: 429 with Retry-After, the same body, so the sign-in form can say when to try again.
 */
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const response: Response = await handler(request, context);
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return response;
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const { url } = (await response.clone().json()) as { url?: string };
  const retryAt = lockoutEnd(url ? new URL(url, request.url).searchParams.get("error") : null);
  if (!retryAt) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000))));
  return new Response(response.body, { status: 429, headers });
}

export { handler as GET, POST };
