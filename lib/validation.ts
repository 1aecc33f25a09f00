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

/** What the API document says a whole number is: an integer in a range (lib/api/openapi.ts reads it). */
export const documentedAsInteger = z.registry<{ minimum: number; maximum: number; default?: number }>();

/**
 * A whole number that moves money or sizes a page (a quantity, an API's page size): a JSON integer, or from a form or
 * a query string a plain string of decimal digits, within [min, max]. Nothing else is taken for a number: `true`,
 * `[1]`, `"0x1"`, `" 1 "`, `"1e0"`, `""` and `1.5` are refused with `whole` (z.coerce.number() read most of them as
 * 1, and `"0x10"` as 16). The one definition every door and use case that takes a quantity or a size uses.
 */
export function wholeNumber(reasons: { whole: Reason; tooSmall?: Reason }, range: { min?: number; max?: number } = {}) {
  const { whole, tooSmall = whole } = reasons;
  const { min = 1, max = Number.MAX_SAFE_INTEGER } = range;
  const schema = z
    // Fifteen digits at most: every such string is a safe integer, as z.int() requires of a JSON number.
    .union(
      [
        z.int(whole),
        z
          .string()
          .regex(/^[0-9]{1,15}$/, whole)
          .transform(Number),
      ],
      { message: whole },
    )
    .pipe(z.number().min(min, tooSmall).max(max, whole));
  documentedAsInteger.add(schema, { minimum: min, maximum: max });
  return schema;
}

/** A whole number with a value it takes when absent, documented with it. */
export function wholeNumberOr(
  fallback: number,
  reasons: Parameters<typeof wholeNumber>[0],
  range: Parameters<typeof wholeNumber>[1],
) {
  const schema = wholeNumber(reasons, range);
  documentedAsInteger.add(schema, { ...documentedAsInteger.get(schema)!, default: fallback });
  return schema.default(fallback);
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
