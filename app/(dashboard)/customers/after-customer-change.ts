import "server-only";
import { revalidatePath } from "next/cache";
import type { Result } from "@/lib/result";

/** After a successful change to a customer, every customer page renders afresh. */
export function afterCustomerChange<T>(result: Result<T>): Result<T> {
  if (result.ok) revalidatePath("/customers", "layout");
  return result;
}
