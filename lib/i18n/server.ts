import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { Result } from "@/lib/result";
import { describeResult, type ActionResult, type Words } from "./describe";

/** The reader's language on the server (the signed-in user's choice, else their browser's). */
export async function readerWords(): Promise<Words> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations()]);
  return { locale, translate: (key, values) => t(key, values) };
}

/** A server action's answer: the use case's result, its refusal put into the reader's words. */
export async function inReadersWords<T>(result: Result<T> | Promise<Result<T>>): Promise<ActionResult<T>> {
  return describeResult(await result, await readerWords());
}
