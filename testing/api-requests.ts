import { createApiKey } from "@/lib/api-keys/create-api-key";
import { actorRef, demo } from "./fixtures";

/** A new API key of a seeded agent (Admin agents only make them), as a program calling the API would hold. */
export async function programKey(email: string = demo.contosoAdmin, accessLevel = "full"): Promise<string> {
  const created = await createApiKey(await actorRef(email), {
    name: `test-${crypto.randomUUID().slice(0, 8)}`,
    accessLevel,
    expiresInDays: 30,
  });
  if (!created.ok) throw new Error(created.reason);
  return created.data.key;
}

/**
 * A request to the API as a route handler receives it: with the key as a bearer token (null: none, for a door that
 * reads the signed-in session instead), a JSON body with its length, and any other headers.
 */
export function apiRequest(
  key: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Request {
  const json = body === undefined ? undefined : JSON.stringify(body);
  return new Request(`http://localhost/api/v1${path}`, {
    method,
    headers: {
      ...(key !== null && { authorization: `Bearer ${key}` }),
      ...(json && { "content-type": "application/json", "content-length": String(Buffer.byteLength(json)) }),
      ...headers,
    },
    body: json,
  });
}
