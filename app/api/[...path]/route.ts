import { refusal } from "@/lib/http/api-route";
import { fail } from "@/lib/result";

/** An address under /api that names no endpoint: the API's one JSON refusal shape, not an HTML page. */
function noSuchEndpoint(): Response {
  return refusal(fail("not_found", "developers.errors.noSuchEndpoint"));
}

export { noSuchEndpoint as GET, noSuchEndpoint as POST, noSuchEndpoint as PUT, noSuchEndpoint as PATCH };
export { noSuchEndpoint as DELETE };
