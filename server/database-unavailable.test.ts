import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUnavailableAnswer } from "@/lib/http/database-unavailable";
import { answerDatabaseUnavailable } from "./database-unavailable.mjs";
import { requestWatch } from "./request-watch.mjs";

// A real HTTP server standing in for Next.js: each path answers the way Next.js can, after the database layer noted
// (or not) that the database could not be reached.
const next: Record<string, (response: http.ServerResponse) => void> = {
  "/error-page": (response) => {
    response.statusCode = 500;
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("x-nextjs-cache", "MISS");
    response.end("<html>Internal Server Error, with a digest</html>");
  },
  "/streamed": (response) => {
    response.writeHead(500, { "Content-Type": "text/html" });
    response.write("<html>");
    response.end("</html>");
  },
  "/api/health": (response) => {
    response.writeHead(503, { "Content-Type": "application/json" });
    response.end('{"status":"unavailable"}');
  },
};

let server: http.Server;
let base: string;
const security = { "X-Frame-Options": "DENY", "Content-Security-Policy": "default-src 'none'" };

beforeAll(async () => {
  requestWatch().databaseUnavailableAnswer = databaseUnavailableAnswer;
  server = http.createServer((request, response) => {
    const url = new URL(request.url!, "http://localhost");
    const watched = { databaseUnavailable: url.searchParams.get("database") === "down" };
    answerDatabaseUnavailable(request, response, watched, security);
    requestWatch().requests.run(watched, () => next[url.pathname](response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("a request that found the database unreachable", () => {
  it("gets the 503 page instead of Next.js's 500, with Retry-After and none of Next.js's headers", async () => {
    const response = await fetch(`${base}/error-page?database=down`, { headers: { "Accept-Language": "fr-CA" } });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-nextjs-cache")).toBeNull();
    expect(response.headers.get("content-language")).toBe("fr-FR");
    const page = await response.text();
    expect(page).toContain("<h1>Partner Console ne parvient pas à joindre sa base de données</h1>");
    expect(page).not.toContain("digest");
  });

  it("gets it too when Next.js writes its head first and streams its page", async () => {
    const response = await fetch(`${base}/streamed?database=down`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("<h1>Partner Console can't reach its database</h1>");
  });

  it("keeps an answer the app chose itself", async () => {
    const response = await fetch(`${base}/api/health?database=down`);
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('{"status":"unavailable"}');
  });
});

it("a 500 for any other reason stays Next.js's own", async () => {
  const response = await fetch(`${base}/error-page`);
  expect(response.status).toBe(500);
  expect(await response.text()).toContain("digest");
});
