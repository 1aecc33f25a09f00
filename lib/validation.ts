import { z } from "zod";
import { isReason } from "@/lib/i18n/reasons";
import { fail, type Explanation, type Failure, type Reason } from "./result";

/**
 * A schema's refusal, spelled as a catalogue key so the door can put it into words in the reader's language; the
 * type check makes sure the key exists.
 */
export const reason = (key: Reason): Reason => key;

/** A Microsoft ID (tenant or object GUID) as Partner Center writes it. */
export const microsoftId = z.guid({ message: reason("errors.microsoft_id") });

/**
 * Parses input at a use case's door; a failure carries every field's reason. A check written without a reason of
 * ours (zod's own wording, in English only) is reported as the field being not valid.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): { ok: true; data: z.infer<T> } | Failure {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, Explanation[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "input";
    (fieldErrors[field] ??= []).push({ reason: isReason(issue.message) ? issue.message : "errors.field_invalid" });
  }
  return fail("invalid_input", undefined, undefined, fieldErrors);
}

const versionMessage = reason("errors.settings_version");
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
