import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { postWebhook, webhookResponseCap } from "./post-webhook";

const local = { allowLocal: true };
const payload = JSON.stringify({ event: "purchase.approved", id: "evt_1" });

let servers: Server[] = [];

afterEach(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers = [];
});

/** A real receiver on this machine; resolves to its port once it listens. */
async function receiver(answer: (request: IncomingMessage, response: ServerResponse) => void): Promise<number> {
  const server = createServer(answer);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

describe("postWebhook to a receiver", () => {
  it("POSTs the JSON body with its headers and returns the receiver's status and body", async () => {
    let received: { method?: string; headers: IncomingMessage["headers"]; body: string } | undefined;
    const port = await receiver(async (request, response) => {
      received = { method: request.method, headers: request.headers, body: await readBody(request) };
      response.writeHead(200, { "content-type": "text/plain" }).end("thanks");
    });

    const outcome = await postWebhook(`http://127.0.0.1:${port}/hook?x=1`, { "x-signature": "sig" }, payload, local);

    expect(outcome).toMatchObject({ kind: "response", status: 200, body: "thanks" });
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0);
    expect(received).toMatchObject({
      method: "POST",
      body: payload,
      headers: {
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(payload)),
        "user-agent": "PartnerConsole-Webhooks/1",
        "x-signature": "sig",
      },
    });
  });

  it("delivers to http://localhost with the local allowance", async () => {
    const port = await receiver((_request, response) => response.writeHead(204).end());
    expect(await postWebhook(`http://localhost:${port}/`, {}, payload, local)).toMatchObject({
      kind: "response",
      status: 204,
      body: "",
    });
  });

  it("keeps only the first bytes of a long answer", async () => {
    const port = await receiver((_request, response) => response.end("a".repeat(webhookResponseCap * 10)));
    const outcome = await postWebhook(`http://127.0.0.1:${port}/`, {}, payload, local);
    expect(outcome).toMatchObject({ kind: "response", status: 200 });
    expect(outcome.kind === "response" && outcome.body).toBe("a".repeat(webhookResponseCap));
  });

  it("stops reading an answer that never ends once the cap is reached", async () => {
    const port = await receiver((_request, response) => {
      response.writeHead(200);
      const writing = setInterval(() => response.write("b".repeat(1024)), 5);
      response.on("close", () => clearInterval(writing));
    });
    const outcome = await postWebhook(`http://127.0.0.1:${port}/`, {}, payload, { ...local, timeoutMs: 5_000 });
    expect(outcome).toMatchObject({ kind: "response", status: 200, body: "b".repeat(webhookResponseCap) });
    expect(outcome.durationMs).toBeLessThan(5_000);
  });

  it("returns a redirect as the answer and never follows it", async () => {
    const paths: string[] = [];
    const port = await receiver((request, response) => {
      paths.push(request.url ?? "");
      response.writeHead(302, { location: "/elsewhere" }).end();
    });
    expect(await postWebhook(`http://127.0.0.1:${port}/hook`, {}, payload, local)).toMatchObject({
      kind: "response",
      status: 302,
    });
    expect(paths).toEqual(["/hook"]);
  });

  it("gives up on a receiver that never answers at the deadline", async () => {
    const port = await receiver(() => {});
    const outcome = await postWebhook(`http://127.0.0.1:${port}/`, {}, payload, { ...local, timeoutMs: 300 });
    expect(outcome).toMatchObject({ kind: "failed", error: "timeout" });
    expect(outcome.durationMs).toBeGreaterThanOrEqual(250);
    expect(outcome.durationMs).toBeLessThan(2_000);
  });

  it("reports a refused connection", async () => {
    const port = await receiver(() => {});
    const [server] = servers;
    await new Promise((resolve) => server.close(resolve));
    servers = [];
    expect(await postWebhook(`http://127.0.0.1:${port}/`, {}, payload, local)).toMatchObject({
      kind: "failed",
      error: "connection",
      detail: expect.stringContaining("ECONNREFUSED"),
    });
  });

  it("reports a name that does not resolve", async () => {
    // .invalid never resolves (RFC 6761).
    expect(await postWebhook("https://receiver.invalid/hook", {}, payload, local)).toMatchObject({
      kind: "failed",
      error: "dns",
    });
  });
});

describe("postWebhook refuses before connecting", () => {
  it.each([
    ["not a url", "invalid"],
    ["https://user:secret@hooks.example.com/", "invalid"],
    ["http://hooks.example.com/", "not_https"],
    ["http://127.0.0.1:1/", "not_https"],
    ["https://127.0.0.1:1/", "loopback"],
    ["https://[::ffff:127.0.0.1]:1/", "loopback"],
    ["https://10.0.0.1/", "private"],
    ["https://169.254.169.254/latest/meta-data/", "metadata"],
    ["https://[fe80::1]/", "link_local"],
    ["https://0.0.0.0/", "reserved"],
  ])("%s → %s", async (url, refusal) => {
    expect(await postWebhook(url, {}, payload, { allowLocal: false })).toMatchObject({ kind: "refused", refusal });
  });

  it("refuses a name that resolves to a loopback address when local delivery is not allowed", async () => {
    const port = await receiver(() => {
      throw new Error("must not be reached");
    });
    expect(await postWebhook(`https://localhost:${port}/`, {}, payload, { allowLocal: false })).toMatchObject({
      kind: "refused",
      refusal: "loopback",
    });
  });

  it("keeps metadata and private addresses refused with the local allowance", async () => {
    expect(await postWebhook("https://169.254.169.254/", {}, payload, local)).toMatchObject({
      kind: "refused",
      refusal: "metadata",
    });
    expect(await postWebhook("https://192.168.0.10/", {}, payload, local)).toMatchObject({
      kind: "refused",
      refusal: "private",
    });
  });
});
