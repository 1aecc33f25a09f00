import { servedOverHttps } from "@/lib/auth/secret";

/** Who a passkey is for (WebAuthn's relying party): this site, as the browser reached it. */
export type RelyingParty = { id: string; origin: string; name: string };

type HeaderSource = Pick<Headers, "get"> | Record<string, string | string[] | undefined>;

function headerOf(headers: HeaderSource, name: string): string | null {
  if ("get" in headers && typeof headers.get === "function") return (headers as Pick<Headers, "get">).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * The relying party of a request: NEXTAUTH_URL when the operator set the public address, else the Host the browser
 * asked for over the protocol server/server.mjs vouched for. The browser checks the origin itself when it signs, and
 * the server checks it again: a passkey made for one site never signs in to another.
 */
export function relyingPartyOf(headers: HeaderSource): RelyingParty | null {
  const configured = process.env.NEXTAUTH_URL;
  const origin = configured
    ? new URL(configured).origin
    : `${servedOverHttps({ get: (name) => headerOf(headers, name) }) ? "https" : "http"}://${headerOf(headers, "host")}`;
  if (!URL.canParse(origin)) return null;
  return { id: new URL(origin).hostname, origin, name: "Partner Console" };
}
