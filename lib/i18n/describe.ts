import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { catalogues } from "@/i18n/messages";
import { formatMoney } from "@/lib/money";
import type { ErrorCode, Failure, Money, Reason, ReasonValues, Result, Success } from "@/lib/result";

type Translator = (key: Reason, values?: Record<string, string | number | Date>) => string;

/** One reader's language: its catalogue's translator and the locale money is formatted in. */
export type Words = { locale: Locale; translate: Translator };

const isMoney = (value: unknown): value is Money =>
  typeof value === "object" && value !== null && "amountMinor" in value && "currency" in value;

/** A reason and its values in the reader's words; money values are formatted in their locale first. */
export function say(words: Words, reason: Reason, values?: ReasonValues): string {
  if (!values) return words.translate(reason);
  const formatted = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      isMoney(value) ? formatMoney(value.amountMinor, value.currency, words.locale) : value,
    ]),
  );
  return words.translate(reason, formatted);
}

/** A refusal in words, as the dashboard's forms and the API's JSON show it. */
export type DescribedFailure = {
  ok: false;
  error: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
};

/** What a server action answers its form: the data, or the refusal in the reader's language. */
export type ActionResult<T> = Success<T> | DescribedFailure;

export function describeFailure(failure: Failure, words: Words): DescribedFailure {
  const described: DescribedFailure = {
    ok: false,
    error: failure.error,
    message: say(words, failure.reason, failure.values),
  };
  if (failure.fieldErrors) {
    const fieldErrors = Object.fromEntries(
      Object.entries(failure.fieldErrors).map(([field, explanations]) => [
        field,
        explanations.map(({ reason, values }) => say(words, reason, values)),
      ]),
    );
    described.fieldErrors = fieldErrors;
    // Invalid input with nothing more specific to say names each field's problem (a program has no form to look at).
    if (failure.reason === "errors.invalid_input") {
      const fields = Object.entries(fieldErrors)
        .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
        .join("; ");
      described.message = words.translate("errors.invalid_input_fields", { fields });
    }
  }
  return described;
}

export function describeResult<T>(result: Result<T>, words: Words): ActionResult<T> {
  return result.ok ? result : describeFailure(result, words);
}

/**
 * The API's words: always English, so a program's error handling and logs never change with anybody's language
 * (the codes are the contract; these descriptions are for the people reading the logs).
 */
export const inEnglish: Words = {
  locale: "en-US",
  translate: createTranslator({ locale: "en-US", messages: catalogues["en-US"] }),
};
