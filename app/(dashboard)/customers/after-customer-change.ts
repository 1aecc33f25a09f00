import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a successful change to a customer, every customer page renders afresh. It takes a use case's result or the
 * same result already put into the reader's words, so it wraps either side of inReadersWords.
 */
export function afterCustomerChange<R extends { ok: boolean }>(result: R): R {
  if (result.ok) revalidatePath("/customers", "layout");
  return result;
}
