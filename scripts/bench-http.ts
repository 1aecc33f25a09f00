// `npm run bench:http`: the project's pages and writes against a bare Next.js app built with the same Next.js (the
// floor, scripts/bench-floor/), side by side on this machine in one run, as ratios (project req/s ÷ floor req/s).
// Both are production builds; the project serves a freshly seeded database in a temporary folder, signed in as
// Contoso's Admin agent. Absolute times on a shared machine mean little: read the ratios.
//
//   npm run bench:http                       build both, then measure (about 6 minutes)
//   npm run bench:http -- --no-build         reuse the existing builds
//   npm run bench:http -- --seconds 10       longer runs per path (default 6)
//   npm run bench:http -- --profile          also a CPU profile of the project's server under the load, summed up
//   npm run bench:http -- --only switch      only the paths whose name contains this text
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";

const { values: options } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    seconds: { type: "string", default: "6" },
    connections: { type: "string", default: "10" },
    profile: { type: "boolean", default: false },
    only: { type: "string", default: "" },
  },
});
const seconds = Number(options.seconds);
const connections = Number(options.connections);

const root = path.resolve(import.meta.dirname, "..");
const floorSource = path.join(root, "scripts", "bench-floor");
const floorDir = path.join(os.tmpdir(), "partner-console-bench-floor");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const floorPort = 3401;
const projectPort = 3402;
const floor = `http://localhost:${floorPort}`;
const project = `http://localhost:${projectPort}`;
const children: ChildProcess[] = [];

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}`);
}

function serve(args: string[], cwd: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

async function waitFor(url: string) {
  for (let tries = 0; tries < 240; tries++) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} never answered`);
}

/** A cookie jar of one: the session's cookies as the server set them. */
class Cookies {
  private jar = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      this.jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  get header() {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** Signs in through next-auth's credentials flow, as the sign-in form does. */
async function signIn(email: string): Promise<string> {
  const cookies = new Cookies();
  const csrf = await fetch(`${project}/api/auth/csrf`);
  cookies.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await fetch(`${project}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.header },
    body: new URLSearchParams({
      csrfToken,
      email,
      password: process.env.SEED_PASSWORD || "partner-demo",
      json: "true",
    }),
  });
  cookies.take(signedIn);
  if (!cookies.header.includes("session-token")) throw new Error(`Sign-in as ${email} failed (${signedIn.status})`);
  return cookies.header;
}

/** The id Next.js gave a server action at build time, from the build's server reference manifest. */
function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.filename === file && action.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${file}`);
  return found[0];
}

type Figures = { requestsPerSecond: number; p50: number; p99: number; errors: number };

async function measure(options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ connections, duration: seconds, ...options });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * The gzip size of the JavaScript a first load of the page fetches: every script tag's file, but the `nomodule`
 * polyfills, which a browser that runs modules (any browser this app supports) neither fetches nor runs.
 */
async function firstLoadJavaScript(url: string, cookie: string): Promise<number> {
  const html = await (await fetch(url, { headers: { cookie } })).text();
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter(([tag]) => !/\bnomodule\b/i.test(tag));
  const sources = [...new Set(tags.map((m) => m[1]))];
  let total = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, url))).arrayBuffer());
    total += zlib.gzipSync(body, { level: 9 }).length;
  }
  return total;
}

async function main() {
  if (!options["no-build"]) {
    // The floor is built outside the project (inside it, Next.js would take the project's instrumentation and
    // proxy for the floor's), on the project's very own Next.js and React through a link to its node_modules.
    fs.rmSync(floorDir, { recursive: true, force: true });
    fs.cpSync(floorSource, floorDir, {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|\.next)$/.test(source),
    });
    fs.symlinkSync(path.join(root, "node_modules"), path.join(floorDir, "node_modules"), "dir");
    run(process.execPath, [nextBin, "build"], floorDir);
    run(process.execPath, [nextBin, "build"], root);
  }
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "partner-console-bench-"));
  serve([nextBin, "start", "-p", String(floorPort)], floorDir, { NODE_ENV: "production" });
  const profiles = path.join(data, "profiles");
  const profiling = options.profile ? ["--cpu-prof", "--cpu-prof-dir", profiles] : [];
  const server = serve([...profiling, path.join(root, "server", "server.mjs")], root, {
    PORT: String(projectPort),
    DATABASE_URL: path.join(data, "partner-console.sqlite"),
  });
  await Promise.all([waitFor(`${floor}/api/ping`), waitFor(`${project}/signin`)]);

  const cookie = await signIn("admin@contoso-csp.example");
  const customers = await (await fetch(`${project}/customers?q=Wingtip`, { headers: { cookie } })).text();
  const wingtip = customers.match(/href="\/customers\/([0-9a-f-]{36})\/account"/)?.[1];
  if (!wingtip) throw new Error("Wingtip Toys not found on the Customers page");
  const account = `${project}/customers/${wingtip}/account`;
  const session = { cookie };

  // The switch, as the Account page's client calls it: a server action, on and off in turn.
  const switchAction = serverActionId(
    "app/(dashboard)/customers/[customerId]/account/actions.ts",
    "setCustomerPurchasePermissionAction",
  );
  const switchBody = (enabled: boolean) =>
    JSON.stringify([{ customerId: wingtip, resource: "AzureReservedInstances", enabled }]);
  const switchHeaders = {
    ...session,
    "next-action": switchAction,
    "content-type": "text/plain;charset=UTF-8",
    accept: "text/x-component",
    origin: project,
  };
  // The REST API's write: create the policy, then delete it, in turn (Partner Center's policy id names both tenants).
  const created = await fetch(`${project}/api/v1/SelfServePolicy`, {
    method: "POST",
    headers: { ...session, "content-type": "application/json" },
    body: JSON.stringify({
      selfServeEntity: { selfServeEntityType: "customer", tenantID: wingtip },
      permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
    }),
  });
  const policy = (await created.json()) as { id: string };
  await fetch(`${project}/api/v1/SelfServePolicy/${policy.id}`, { method: "DELETE", headers: session });
  const policyBody = JSON.stringify({
    selfServeEntity: { selfServeEntityType: "customer", tenantID: wingtip },
    permissions: [{ resource: "AzureReservedInstances", action: "Purchase" }],
  });

  const page = (route: string) => ({ url: `${project}${route}`, headers: session });
  const pairs: { name: string; floor: autocannon.Options; project: autocannon.Options; goal: number }[] = [
    { name: "/settings (the shell)", floor: { url: `${floor}/ssr` }, project: page("/settings"), goal: 0.7 },
    { name: "Account page", floor: { url: `${floor}/ssr` }, project: { url: account, headers: session }, goal: 0.6 },
    { name: "/customers", floor: { url: `${floor}/ssr` }, project: page("/customers"), goal: 0.6 },
    { name: "/activity-log", floor: { url: `${floor}/ssr` }, project: page("/activity-log"), goal: 0.6 },
    {
      name: "permission switch (server action)",
      floor: { url: `${floor}/api/ping` },
      project: {
        url: account,
        requests: [
          { method: "POST", headers: switchHeaders, body: switchBody(true) },
          { method: "POST", headers: switchHeaders, body: switchBody(false) },
        ],
      },
      goal: 0.4,
    },
    {
      name: "POST/DELETE /api/v1/SelfServePolicy",
      floor: { url: `${floor}/api/ping` },
      project: {
        url: `${project}/api/v1/SelfServePolicy`,
        requests: [
          {
            method: "POST",
            path: "/api/v1/SelfServePolicy",
            headers: { ...session, "content-type": "application/json" },
            body: policyBody,
          },
          { method: "DELETE", path: `/api/v1/SelfServePolicy/${policy.id}`, headers: session },
        ],
      },
      goal: 0.5,
    },
  ];

  const measured = pairs.filter((pair) => pair.name.includes(options.only));
  const rows: string[][] = [];
  for (const pair of measured) {
    // Both warmed up on this very path first (JIT, caches: a short warm-up left the floor's JIT cold enough for its
    // figure to double over a run), and each path right before it is measured, so that the writes' warm-ups do not
    // change the pages measured before them. The floor right before and right after, so both see the machine alike.
    await autocannon({ ...pair.floor, connections, duration: 3 });
    await autocannon({ ...pair.project, connections, duration: 3 });
    const before = await measure(pair.floor);
    const ours = await measure(pair.project);
    const after = await measure(pair.floor);
    const base = { requestsPerSecond: (before.requestsPerSecond + after.requestsPerSecond) / 2 };
    const ratio = ours.requestsPerSecond / base.requestsPerSecond;
    rows.push([
      pair.name,
      ours.requestsPerSecond.toFixed(0),
      `${ours.p50}`,
      `${ours.p99}`,
      base.requestsPerSecond.toFixed(0),
      `${ratio.toFixed(2)}×`,
      `≥ ${pair.goal}×`,
      ratio >= pair.goal ? "met" : "NOT MET",
      ours.errors ? `${ours.errors} non-2xx/errors` : "",
    ]);
  }
  const javascript = await firstLoadJavaScript(account, cookie);

  const header = ["path", "req/s", "p50 ms", "p99 ms", "floor req/s", "ratio", "goal", "", "note"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join("  ")
      .trimEnd();
  console.log(
    `\n${connections} connections, ${seconds} s per path, ${os.cpus().length} CPUs, Node ${process.version}\n`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log("(floor req/s: the floor's run right before and right after each path, averaged)");
  const kilobytes = javascript / 1024;
  console.log(
    `\nAccount page first-load JavaScript: ${kilobytes.toFixed(1)} kB gzip (goal ≤ 150 kB: ${kilobytes <= 150 ? "met" : "NOT MET"})`,
  );
  if (options.profile) {
    // The server writes its profile when it exits.
    await new Promise((resolve) => {
      server.once("exit", resolve);
      server.kill("SIGTERM");
    });
    const [file] = fs.readdirSync(profiles);
    console.log(`\nWhere the project's server spent its busy CPU time during the run (${path.join(profiles, file)}):`);
    for (const [area, share] of profileSummary(JSON.parse(fs.readFileSync(path.join(profiles, file), "utf8")))) {
      if (share < 0.001) continue;
      console.log(`  ${(share * 100).toFixed(1).padStart(5)} %  ${area}`);
    }
    console.log(`(kept: ${data})`);
  } else {
    fs.rmSync(data, { recursive: true, force: true });
  }
}

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
};

/** Self time by where the code comes from: Next.js and React, the app's bundle, SQLite, Node, the garbage collector. */
function profileSummary(profile: CpuProfile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const areaOf = ({ functionName, url }: { functionName: string; url: string }) => {
    if (functionName === "(garbage collector)") return "garbage collection";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "V8 and native code (program)";
    if (url.includes("better-sqlite3")) return "SQLite (better-sqlite3)";
    if (url.includes("/node_modules/next/")) return "Next.js and React (node_modules/next)";
    if (url.includes("/.next/server/"))
      return "the app's server bundle (app code, next-intl, next-auth, Drizzle, zod…)";
    if (url.includes("/node_modules/")) return `node_modules/${url.split("/node_modules/").pop()!.split("/")[0]}`;
    if (url.startsWith("node:") || url === "") return "Node.js built-ins and native calls (SQLite included)";
    return url.replace(`file://${root}/`, "");
  };
  const time = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    const area = areaOf(byId.get(id)!);
    // Shares of the busy time: the server also idles while the floor is measured.
    if (area === "idle") return;
    time.set(area, (time.get(area) ?? 0) + delta);
    total += delta;
  });
  return [...time].sort((a, b) => b[1] - a[1]).map(([area, spent]) => [area, spent / total]);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill("SIGTERM");
  });
