import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { unusableCallbackCookies, unusableCallbackQuery } from "@/lib/auth/next-auth-request";
import { lockoutEnd } from "@/lib/auth/sign-in-refusal";

const nextAuth = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's handler, without the return addresses it would answer with a 500 (lib/auth/next-auth-request.ts):
 * next-auth reads the query from the request and its cookies from next/headers, so each is dropped where it is read
 * (a dropped cookie is also expired in the browser).
 */
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const store = await cookies();
  for (const name of unusableCallbackCookies(store.getAll(), request.nextUrl.origin)) store.delete(name);
  if (!unusableCallbackQuery(request.nextUrl)) return nextAuth(request, context);
  const url = request.nextUrl.clone();
  url.searchParams.delete("callbackUrl");
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const cleaned = new NextRequest(url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? request.body : undefined,
    // A streamed body must say so (fetch's rule for request bodies that are streams).
    ...(hasBody && { duplex: "half" }),
  } as ConstructorParameters<typeof NextRequest>[1]);
  return nextAuth(cleaned, context);
}

/**
 * next-auth answers every refused sign-in with 401. A locked account (or client address) is told the truth
 * instead: 429 with Retry-After, the same body, so the sign-in form can say when to try again.
 */
async function POST(request: NextRequest, context: Context) {
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
