import fs from "node:fs";
import path from "node:path";

/** The app's own source files (app/, components/, lib/), tests left out. */
export function sourcePaths(root: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of ["app", "components", "lib"]) walk(path.join(root, dir));
  return files;
}

/** Every page and layout: where the browser's share of a route starts. */
export function pagesAndLayouts(root: string): string[] {
  return sourcePaths(root).filter((file) => /[\\/](page|layout)\.tsx$/.test(file));
}

/** A module reached from a page or layout, whether it runs in the browser, and what it imports (value imports only). */
export type ReachedModule = { file: string; source: string; client: boolean; packages: string[] };

/**
 * The modules reached from a page or layout: its imports are followed (static ones and `import()`; `import type`
 * brings nothing), and from a "use client" module on, every module is a client one, shipped to the browser; but a
 * "use server" module a client one imports gives it only references to its actions, so it is not followed there.
 */
export function modulesReached(root: string, entry: string): ReachedModule[] {
  const resolve = (from: string, specifier: string): string | null => {
    const base = specifier.startsWith("@/")
      ? path.join(root, specifier.slice(2))
      : specifier.startsWith(".")
        ? path.resolve(path.dirname(from), specifier)
        : null;
    if (!base) return null;
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    return null;
  };
  const queue: [string, boolean][] = [[entry, false]];
  const seen = new Set<string>();
  const reached: ReachedModule[] = [];
  while (queue.length) {
    const [file, fromClient] = queue.pop()!;
    if (seen.has(`${fromClient}:${file}`)) continue;
    seen.add(`${fromClient}:${file}`);
    const source = fs.readFileSync(file, "utf8");
    if (fromClient && /^["']use server["']/m.test(source)) continue;
    const client = fromClient || /^["']use client["']/m.test(source);
    const specifiers = [
      ...source.matchAll(/^import (?!type )[^;]*? from "([^"]+)"/gm),
      ...source.matchAll(/\bimport\("([^"]+)"\)/g),
    ].map((match) => match[1]);
    const packages: string[] = [];
    for (const specifier of specifiers) {
      const target = resolve(file, specifier);
      if (target && /\.tsx?$/.test(target)) queue.push([target, client]);
      else if (!target && !specifier.startsWith("@/") && !specifier.startsWith(".")) packages.push(specifier);
    }
    reached.push({ file, source, client, packages });
  }
  return reached;
}
