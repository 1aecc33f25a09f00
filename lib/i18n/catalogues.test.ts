import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/i18n/messages";
import { locales } from "@/i18n/locales";
import { modulesReached, pagesAndLayouts } from "@/testing/client-modules";

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.set(full, value);
    else for (const [k, v] of flatten(value, full)) keys.set(k, v);
  }
  return keys;
}

/** The arguments and tags a message uses: a translation must use the same ones, or words go missing. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date) {
      into.add(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    } else if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      placeholders(element.children, into);
    }
  }
  return into;
}

const english = flatten(catalogues["en-US"]);

describe("the message catalogues", () => {
  it.each(locales)("%s has exactly the English keys", (locale) => {
    expect([...flatten(catalogues[locale]).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(locales)("%s: every message is valid ICU with the same arguments and tags as English", (locale) => {
    for (const [key, message] of flatten(catalogues[locale])) {
      const used = placeholders(parse(message), new Set());
      expect({ key, used: [...used].sort() }).toEqual({
        key,
        used: [...placeholders(parse(english.get(key)!))].sort(),
      });
    }
  });

  it("French is written in French: no message is the English one, but for names and words both languages share", () => {
    // Words French writes as English does, and names of Azure services, which are not translated.
    const sameInBoth = new Set([
      "Code",
      "Action",
      "Actions",
      "Active",
      "Date",
      "Total",
      "Notifications",
      "Webhooks",
      "CSP",
      "Azure",
      "vCore",
      "instance",
      "Azure SQL Database",
      "App Service",
      "Azure Cosmos DB",
    ]);
    const french = flatten(catalogues["fr-FR"]);
    const untranslated = [...english].filter(
      ([key, text]) =>
        french.get(key) === text && !sameInBoth.has(text) && /[a-z]{3}/i.test(text.replace(/\{[^{}]*\}/g, "")),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it("has no key that no code uses", () => {
    const sources = sourceFiles(path.resolve(import.meta.dirname, "../.."));
    const used = usedKeys(sources);
    const unused = [...english.keys()].filter((key) => !used.some((use) => use(key)));
    expect(unused).toEqual([]);
  });
});

function sourceFiles(root: string): string[] {
  const files: string[] = [];
  for (const dir of ["app", "components", "lib", "db", "scripts"]) {
    const walk = (at: string) => {
      for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
        const full = path.join(at, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
          files.push(fs.readFileSync(full, "utf8"));
      }
    };
    walk(path.join(root, dir));
  }
  return files;
}

/**
 * Which keys the code names: a full key written as a literal ("errors.not_found", a use case's reason), or a key
 * relative to a namespace its file binds a translator to (`useTranslations("account")` then `t("title")`); a template
 * literal's static start (`t(\`status.${status}\`)`) names every key under it.
 */
function usedKeys(sources: string[]): ((key: string) => boolean)[] {
  const uses: ((key: string) => boolean)[] = [];
  for (const source of sources) {
    const namespaces = [
      "",
      ...[...source.matchAll(/(?:useTranslations|getTranslations)\(\s*(?:\{\s*namespace:\s*)?"([^"]+)"/g)].map(
        (m) => `${m[1]}.`,
      ),
    ];
    const literals = [...source.matchAll(/"([A-Za-z0-9_.\- ]+)"/g)].map((m) => m[1]);
    const prefixes = [...source.matchAll(/`([A-Za-z0-9_.]+\.)\$\{/g)].map((m) => m[1]);
    const exact = new Set(namespaces.flatMap((ns) => literals.map((literal) => ns + literal)));
    uses.push((key) => exact.has(key));
    for (const prefix of prefixes) for (const ns of namespaces) uses.push((key) => key.startsWith(ns + prefix));
  }
  return uses;
}

describe("the messages sent to the browser", () => {
  // Whatever a page hands its client components is serialized into its payload on every request: each page and layout
  // hands over exactly the namespaces of the client components it renders (and what they import), no more, no less.
  it("are, for each page and layout, exactly the namespaces its client components translate with", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const entries = pagesAndLayouts(root);
    const relative = (file: string) => path.relative(root, file);
    const handed = Object.fromEntries(entries.map((file) => [relative(file), declaredClientNamespaces(file)]));
    const used = Object.fromEntries(entries.map((file) => [relative(file), clientNamespacesReached(root, file)]));
    expect(handed).toEqual(used);
  });
});

/** The namespaces a file's `<ClientMessages namespaces={[…]}>` hand over, sorted. */
function declaredClientNamespaces(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const lists = [...source.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].map((m) => m[1]);
  return [...new Set(lists.flatMap((list) => [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1])))].sort();
}

/** The namespaces that client modules reached from this file translate with, sorted. */
function clientNamespacesReached(root: string, entry: string): string[] {
  const namespaces = new Set<string>();
  for (const { source, client } of modulesReached(root, entry)) {
    if (!client) continue;
    for (const [, namespace] of source.matchAll(/useTranslations\(\s*"([^".]+)/g)) namespaces.add(namespace);
    // A translator without a namespace names whole keys: their first part is the namespace.
    for (const [, translator] of source.matchAll(/const (\w+) = useTranslations\(\)/g)) {
      for (const [, namespace] of source.matchAll(new RegExp(`\\b${translator}\\(\\s*[\`"]([A-Za-z]+)\\.`, "g"))) {
        namespaces.add(namespace);
      }
    }
  }
  return [...namespaces].sort();
}
