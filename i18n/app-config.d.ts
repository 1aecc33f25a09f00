import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Typed keys: a t("…") call with a key the English catalogue lacks fails the type check, and so the build.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
