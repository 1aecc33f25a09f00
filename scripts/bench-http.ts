// `npm run bench:http`: the project's pages and writes against a bare Next.js app built with the same Next.js (the
// floor, scripts/bench-floor/), side by side on this machine in one run, as ratios (project req/s ÷ floor req/s),
// on SQLite and then on PostgreSQL (a throwaway cluster, scripts/throwaway-postgres.sh; skipped when PostgreSQL is
// not installed). Both are production builds; the project is started as `npm start` starts it, on a freshly seeded
// database, signed in as Contoso's Admin agent, and the resident memory of its whole process tree (npm included) is
// read idle and at its peak under the load. Absolute times on a shared machine mean little: read the ratios.
//
//   npm run bench:http                       build both, then measure (about 12 minutes)
//   npm run bench:http -- --no-build         reuse the existing builds
//   npm run bench:http -- --engine sqlite    one engine only (sqlite or postgres)
//   npm run bench:http -- --seconds 10       longer runs per path (default 6)
//   npm run bench:http -- --profile          also a CPU profile of the project's server under the load, summed up
//                                            (the server is then started without npm, so its memory excludes npm's)
//   npm run bench:http -- --only switch      only the paths whose name contains this text
//   npm run bench:http -- --postgres URL     PostgreSQL on that server (a throwaway database of its own there)
//   npm run bench:http -- --server-node-options "--max-semi-space-size=8"
//                                            Node options for the project's server only (NODE_OPTIONS), to compare
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { demoAuthenticatorKey, demoPassword } from "@/lib/auth/demo-password";
import { authenticatorCodeAt } from "@/lib/mfa/authenticator-app";
import { benchPlace, benchPostgresDatabase, type BenchPlace } from "./bench-databases";

const { values: options } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    seconds: { type: "string", default: "6" },
    connections: { type: "string", default: "10" },
    profile: { type: "boolean", default: false },
    only: { type: "string", default: "" },
    engine: { type: "string", default: "both" },
    postgres: { type: "string" },
    "server-node-options": { type: "string", default: "" },
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

function serve(command: string, args: string[], cwd: string, env: Record<string, string>): ChildProcess {
  // A group of its own, so that the whole tree (npm, the server) is stopped together.
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  children.push(child);
  return child;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

/** The resident memory of a process and every process under it, in bytes (Linux's /proc; null elsewhere). */
function treeResidentMemory(rootPid: number): number | null {
  if (!fs.existsSync("/proc/self/status")) return null;
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent is the second field after the command, which is in parentheses and may hold spaces.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (tree.has(parent) && !tree.has(pid)) grew = tree.add(pid) !== undefined;
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return total;
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

/**
 * Signs in through next-auth's credentials flow, as the sign-in form does: the password and the seeded Admin agent's
 * second factor, a code from the demo authenticator key.
 */
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
      password: demoPassword(),
      code: authenticatorCodeAt(demoAuthenticatorKey(), new Date()),
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

type EngineRun = {
  engine: string;
  rows: string[][];
  javascript: number;
  memory: { idle: number | null; peak: number | null };
  profile?: { file: string; summary: [string, number][] };
};

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
  const place = benchPlace("partner-console-bench-http-");
  try {
    serve(process.execPath, [nextBin, "start", "-p", String(floorPort)], floorDir, { NODE_ENV: "production" });
    await waitFor(`${floor}/api/ping`);
    const engines = options.engine === "both" ? ["sqlite", "postgres"] : [options.engine];
    const runs: EngineRun[] = [];
    for (const engine of engines) {
      const databaseUrl =
        engine === "sqlite"
          ? path.join(place.dir, "partner-console.sqlite")
          : await benchPostgresDatabase(place, options.postgres);
      if (!databaseUrl) {
        console.log("\nPostgreSQL is not installed (Debian: apt-get install postgresql): SQLite only.");
        continue;
      }
      console.log(`\n── ${engine === "sqlite" ? "SQLite" : "PostgreSQL"}: measuring ──`);
      runs.push(await measureEngine(engine === "sqlite" ? "SQLite" : "PostgreSQL", databaseUrl, place));
    }
    report(runs);
  } finally {
    await place.cleanUp();
  }
}

/** The project served on one engine, as `npm start` serves it, every pair measured against the floor. */
async function measureEngine(engine: string, databaseUrl: string, place: BenchPlace): Promise<EngineRun> {
  const profiles = path.join(place.dir, `profiles-${engine}`);
  const env: Record<string, string> = { PORT: String(projectPort), DATABASE_URL: databaseUrl };
  if (options["server-node-options"]) env.NODE_OPTIONS = options["server-node-options"];
  const server = options.profile
    ? serve(
        process.execPath,
        ["--cpu-prof", "--cpu-prof-dir", profiles, path.join(root, "server", "start.mjs")],
        root,
        env,
      )
    : serve("npm", ["start", "--silent"], root, env);
  await waitFor(`${project}/signin`);

  const cookie = await signIn("admin@contoso-csp.example");
  const customers = await (await fetch(`${project}/customers?q=Wingtip`, { headers: { cookie } })).text();
  const wingtip = customers.match(/href="\/customers\/([0-9a-f-]{36})\/account"/)?.[1];
  if (!wingtip) throw new Error("Wingtip Toys not found on the Customers page");
  const account = `${project}/customers/${wingtip}/account`;
  const session = { cookie };
  const idle = treeResidentMemory(server.pid!);
  let peak = idle;
  const sampler = setInterval(() => {
    const now = treeResidentMemory(server.pid!);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  }, 250);
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
  clearInterval(sampler);
  const javascript = await firstLoadJavaScript(account, cookie);
  let profile: EngineRun["profile"];
  if (options.profile) {
    // The server writes its profile when it exits.
    await stop(server);
    const [file] = fs.readdirSync(profiles);
    const kept = path.join(os.tmpdir(), `partner-console-${engine}-${file}`);
    fs.copyFileSync(path.join(profiles, file), kept);
    profile = { file: kept, summary: profileSummary(JSON.parse(fs.readFileSync(kept, "utf8"))) };
  } else {
    await stop(server);
  }
  return { engine, rows, javascript, memory: { idle, peak }, profile };
}

/** Each engine's table, its memory and first-load JavaScript, and with --profile where its server spent its time. */
function report(runs: EngineRun[]) {
  const header = ["path", "req/s", "p50 ms", "p99 ms", "floor req/s", "ratio", "goal", "", "note"];
  console.log(`\n${connections} connections, ${seconds} s per path, ${os.cpus().length} CPUs, Node ${process.version}`);
  const mib = (bytes: number | null) => (bytes === null ? "—" : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
  for (const { engine, rows, javascript, memory, profile } of runs) {
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
    const line = (cells: string[]) =>
      cells
        .map((cell, column) => cell.padEnd(widths[column]))
        .join("  ")
        .trimEnd();
    console.log(`\n── ${engine} ──`);
    console.log(line(header));
    for (const row of rows) console.log(line(row));
    console.log("(floor req/s: the floor's run right before and right after each path, averaged)");
    const kilobytes = javascript / 1024;
    console.log(
      `Account page first-load JavaScript: ${kilobytes.toFixed(1)} kB gzip (goal ≤ 150 kB: ${kilobytes <= 150 ? "met" : "NOT MET"})`,
    );
    const underGoal = memory.peak !== null && memory.peak <= 250 * 2 ** 20;
    console.log(
      `Resident memory of the ${options.profile ? "server (started without npm for its profile)" : "whole `npm start` tree"}: ` +
        `${mib(memory.idle)} idle, ${mib(memory.peak)} at most under the load (goal ≤ 250 MiB: ${underGoal ? "met" : "NOT MET"})`,
    );
    if (profile) {
      console.log(`Where the server spent its busy CPU time during the run (${profile.file}):`);
      for (const [area, share] of profile.summary) {
        if (share >= 0.001) console.log(`  ${(share * 100).toFixed(1).padStart(5)} %  ${area}`);
      }
    }
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
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    }
  });
