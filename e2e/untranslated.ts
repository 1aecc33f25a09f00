import type { Page } from "@playwright/test";
import { catalogues } from "../i18n/messages";

type Catalogue = { [key: string]: string | Catalogue };
const flatten = (catalogue: Catalogue, prefix = ""): [string, string][] =>
  Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );

const french = new Map(flatten(catalogues["fr-FR"]));
const frenchWords = [...french.values()];
// English messages whose French differs, and that French never writes itself ("Active" is French too): any of them
// on a French page is a string left untranslated.
const englishOnly = flatten(catalogues["en-US"]).filter(
  ([key, text]) => french.get(key) !== text && !frenchWords.includes(text),
);
// A message without arguments shows whole, as a line or an attribute; one with arguments, by its longer fixed parts.
const whole = new Set(englishOnly.map(([, text]) => text).filter((text) => !/[{<]/.test(text)));
const fragments = englishOnly
  .flatMap(([, text]) => (/[{<]/.test(text) ? text.split(/\{(?:[^{}]|\{[^{}]*\})*\}|<\/?\w+>/) : []))
  .map((fragment) => fragment.trim())
  .filter((fragment) => fragment.length >= 15 && fragment.includes(" "))
  .filter((fragment) => !frenchWords.some((words) => words.includes(fragment)));

/**
 * The English catalogue's words that show on the page (its text, labels, titles, options), for a French reader. A part
 * the page marks as another language (`lang="en-US"` on the API reference, which stays English like the API) is left
 * out, whether or not it has rendered yet.
 */
export async function englishOnPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    const foreign = [...document.body.querySelectorAll("[lang]")].filter(
      (el) => el.getAttribute("lang") !== pageLanguage,
    );
    const inPageLanguage = (el: Element) => !foreign.some((part) => part.contains(el));
    const foreignLines = new Set(foreign.flatMap((part) => (part as HTMLElement).innerText.split("\n")));
    const lines = document.body.innerText.split("\n").filter((line) => !foreignLines.has(line));
    const attributes = [...document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")]
      .filter(inPageLanguage)
      .flatMap((el) => ["aria-label", "title", "placeholder", "alt"].map((name) => el.getAttribute(name) ?? ""));
    const options = [...document.querySelectorAll("option")]
      .filter(inPageLanguage)
      .map((option) => option.textContent ?? "");
    return [...lines, ...attributes, ...options, document.title].map((text) => text.trim()).filter(Boolean);
  });
  const found = new Set<string>();
  for (const text of texts) {
    if (whole.has(text)) found.add(text);
    for (const fragment of fragments) if (text.includes(fragment)) found.add(fragment);
  }
  return [...found];
}
