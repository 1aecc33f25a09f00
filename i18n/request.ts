import { getRequestConfig } from "next-intl/server";
import { readerLocale } from "@/lib/i18n/reader-locale";
import { catalogues } from "./messages";

/**
 * next-intl's configuration for each request. URLs carry no language: it is the signed-in user's choice, else their
 * browser's Accept-Language, else English. Instants are shown in the viewer's own time zone by the browser
 * (LocalDateTime); calendar dates are UTC days, as Azure bills them.
 */
export default getRequestConfig(async () => {
  const locale = await readerLocale();
  return { locale, messages: catalogues[locale], timeZone: "UTC" };
});
