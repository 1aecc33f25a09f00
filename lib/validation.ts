import { z } from "zod";
import { fail, type Failure } from "./result";

/** A Microsoft ID (tenant or object GUID) as Partner Center writes it. */
export const microsoftId = z.guid({ message: "Enter a valid Microsoft ID (a GUID)." });

/** Parses input at a use case's door; a failure carries every field's message. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): { ok: true; data: z.infer<T> } | Failure {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "input";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
    .join("; ");
  return fail("invalid_input", `The request is not valid (${summary}).`, fieldErrors);
}

const versionMessage = "Send the version the settings were read at.";
/** The version a shared setting was read at, sent back with its save (optimistic concurrency). */
export const settingsVersion = z.union(
  [
    z.int(versionMessage).nonnegative(versionMessage),
    // Digits only, never coerced: Number() makes a missing field (null) or a blank one 0, a version that can pass.
    z
      .string()
      .regex(/^\d{1,15}$/, versionMessage)
      .transform(Number),
  ],
  { message: versionMessage },
);
