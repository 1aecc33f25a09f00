import "server-only";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { isDatabaseUnavailable, rootCause } from "@/db/unavailable";
import { loadActor, type Actor, type ActorRef, type PartnerActor } from "@/lib/access/actor";
import { bearerToken } from "@/lib/api-keys/api-key-secret";
import { authenticateApiKey } from "@/lib/api-keys/authenticate-api-key";
import { getActor, getActorRef } from "@/lib/auth/current-actor";
import { describeFailure, inEnglish } from "@/lib/i18n/describe";
import { databaseRetryAfterSeconds } from "./database-unavailable";
import { fail, httpStatusOf, type Failure } from "@/lib/result";

/**
 * What every route handler of the partner API is given once the shared checks have passed: the actor as read now,
 * and the reference a use case re-reads it from (a signed-in user, or the API key a program presented).
 */
export type ApiRequest<Params> = {
  request: Request;
  params: Params;
  actor: PartnerActor;
  actorRef: ActorRef;
  body: unknown;
};

type Options = {
  maxBodyBytes?: number;
  /** For the dashboard's own routes (the CSV export, its JSON reads): the signed-in user only, never an API key. */
  sessionOnly?: boolean;
};

/** Bodies of the partner API are small JSON documents: a policy, an order. */
export const apiBodyLimit = 64 * 1024;

/**
 * A refusal as JSON in the one shape every door uses (`{ ok, error, message, fieldErrors? }`, the message in English
 * whoever calls), with the status its code carries in the error table; one that says when to come back (a rate
 * limit, the database unavailable) carries Retry-After.
 */
export function refusal(failure: Failure & { retryAt?: Date }): NextResponse {
  const { retryAt } = failure;
  const body = describeFailure(failure, inEnglish);
  const headers: Record<string, string> = {};
  if (retryAt) headers["Retry-After"] = String(Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000)));
  else if (failure.error === "database_unavailable") headers["Retry-After"] = String(databaseRetryAfterSeconds);
  // RFC 9110: a 401 names how to authenticate.
  if (failure.error === "unauthenticated") headers["WWW-Authenticate"] = 'Bearer realm="Partner Console API"';
  return NextResponse.json(body, { status: httpStatusOf(failure.error), headers });
}

type Caller = { ok: true; actorRef: ActorRef | null; actor: Actor | null } | (Failure & { retryAt?: Date });

/** Who is calling: the program whose API key is in `Authorization: Bearer`, else the dashboard's signed-in user. */
async function caller(request: Request, sessionOnly: boolean): Promise<Caller> {
  const token = sessionOnly ? null : bearerToken(request.headers.get("authorization"));
  if (token === undefined) return fail("unauthenticated", "http.errors.bearerExpected");
  if (token === null) return { ok: true, actorRef: await getActorRef(), actor: await getActor() };
  const authenticated = await authenticateApiKey(token);
  if (!authenticated.ok) return authenticated;
  const actorRef = authenticated.data.ref;
  return { ok: true, actorRef, actor: await loadActor(getDb(), actorRef) };
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery: a browser says where a request comes from (Sec-Fetch-Site, Origin). A write from
 * any other origin — another port or a sibling subdomain of the same site included — is refused; programs that
 * send neither header carry no browser's cookies to abuse.
 */
function crossOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  // The origin this request reached, as server/server.mjs settled it from the connection or a trusted proxy.
  const protocol = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return origin !== `${protocol}://${host}`;
}

/** Reads at most `limit` bytes of the body: a longer one is refused as soon as it passes the limit. */
async function readJsonBody(request: Request, limit: number): Promise<{ ok: true; body: unknown } | Failure> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  const tooLarge = fail("payload_too_large", "http.errors.bodyTooLarge", { kibibytes: limit / 1024 });
  if (declared > limit) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(chunk.value);
    }
  }
  if (size === 0) return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) };
  } catch {
    return fail("invalid_input", "http.errors.notJson");
  }
}

/**
 * One door for every route handler of the partner API, so each gets the same checks in the same order: a write
 * from another origin is refused (403) before anything else; then who is asking (401 signed out, 403 a customer
 * user); only then the body — JSON only (415), capped (413), parsed (400) — and the handler. A database that cannot
 * be reached, at any of these steps, is answered 503 with Retry-After in the same shape (never the error itself).
 */
export function apiRoute<Params>(
  handler: (api: ApiRequest<Params>) => Response | Promise<Response>,
  options: Options = {},
) {
  const checked = checkedRoute(handler, options);
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      return await checked(request, context);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      console.error(`Partner Console: database unavailable, answered 503: ${rootCause(error)}`);
      return refusal(fail("database_unavailable"));
    }
  };
}

function checkedRoute<Params>(
  handler: (api: ApiRequest<Params>) => Response | Promise<Response>,
  { maxBodyBytes = apiBodyLimit, sessionOnly = false }: Options,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const writes = !safeMethods.has(request.method);
    if (writes && crossOrigin(request)) return refusal(fail("cross_origin"));

    const identified = await caller(request, sessionOnly);
    if (!identified.ok) return refusal(identified);
    const { actor, actorRef } = identified;
    if (!actor || !actorRef) return refusal(fail("unauthenticated"));
    if (actor.kind !== "partner_user") {
      return refusal(fail("forbidden", "http.errors.partnerUsersOnly"));
    }

    let body: unknown;
    const hasBody = writes && (request.headers.has("content-length") || request.headers.has("transfer-encoding"));
    if (hasBody && Number(request.headers.get("content-length") ?? "1") > 0) {
      const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
      if (type !== "application/json") return refusal(fail("unsupported_media_type"));
      const read = await readJsonBody(request, maxBodyBytes);
      if (!read.ok) return refusal(read);
      body = read.body;
    }
    return handler({ request, params: await context.params, actor, actorRef, body });
  };
}
