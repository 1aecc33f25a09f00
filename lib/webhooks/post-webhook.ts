import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { addressRefusal, webhookUrlProblem, type AddressRefusal } from "./webhook-address";

/** The receiver has this long for everything: resolving its name, accepting the connection and answering. */
export const webhookTimeoutMs = 10_000;
/** Bytes of the receiver's answer kept for the delivery log; the rest is never read. */
export const webhookResponseCap = 4096;

export type WebhookPostOutcome =
  | { kind: "response"; status: number; body: string; durationMs: number }
  | { kind: "refused"; refusal: AddressRefusal | "not_https" | "invalid"; durationMs: number }
  | { kind: "failed"; error: "timeout" | "connection" | "dns"; detail: string; durationMs: number };

/** An outcome before its duration is measured. */
type Attempt = WebhookPostOutcome extends infer Outcome
  ? Outcome extends unknown
    ? Omit<Outcome, "durationMs">
    : never
  : never;

/**
 * POSTs one webhook and says what happened; it never throws, so that the caller records every attempt the same way.
 * Redirects are not followed (a 3xx is the receiver's answer): following one would reach a URL nobody checked.
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { allowLocal: boolean; timeoutMs?: number },
): Promise<WebhookPostOutcome> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? webhookTimeoutMs;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  let attempt: Attempt;
  try {
    attempt = await deliver(url, headers, body, options.allowLocal, deadline.signal);
  } catch (error) {
    attempt = { kind: "failed", error: "connection", detail: describe(error) };
  } finally {
    clearTimeout(timer);
  }
  if (attempt.kind === "failed" && deadline.signal.aborted) {
    attempt = { kind: "failed", error: "timeout", detail: `No answer within ${timeoutMs} ms` };
  }
  return { ...attempt, durationMs: Math.round(performance.now() - started) };
}

async function deliver(
  url: string,
  headers: Record<string, string>,
  body: string,
  allowLocal: boolean,
  deadline: AbortSignal,
): Promise<Attempt> {
  const problem = webhookUrlProblem(url, allowLocal);
  if (problem) return { kind: "refused", refusal: problem === "not_https" ? "not_https" : "invalid" };
  const target = new URL(url);

  let addresses: LookupAddress[];
  try {
    // Resolved here rather than inside the connection's lookup, which Node skips for a literal IP: this way a literal
    // IP comes back as itself and passes the same check as a name.
    addresses = await beforeDeadline(lookup(target.hostname.replace(/^\[|\]$/g, ""), { all: true }), deadline);
  } catch (error) {
    return { kind: "failed", error: "dns", detail: describe(error) };
  }
  // One refused address refuses the name: a receiver has no business listing an internal address beside a public one.
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, allowLocal);
    if (refusal) return { kind: "refused", refusal };
  }
  return await send(target, addresses, headers, body, deadline);
}

/** Resolving cannot be cancelled, but the attempt stops waiting for it at the deadline. */
function beforeDeadline<T>(work: Promise<T>, deadline: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    deadline.addEventListener("abort", () => reject(new Error("Deadline reached while resolving")), { once: true });
    work.then(resolve, reject);
  });
}

/**
 * Hands the connection the addresses that were checked instead of resolving the name again, so that a second DNS
 * answer (rebinding) cannot swap in an internal one. Given them all, Node tries the next when one does not connect
 * (localhost as ::1 then 127.0.0.1). TLS still verifies the certificate against the name in the URL.
 */
function pinnedTo(checked: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, checked);
    else callback(null, checked[0].address, checked[0].family);
  };
}

function send(
  target: URL,
  addresses: LookupAddress[],
  headers: Record<string, string>,
  body: string,
  deadline: AbortSignal,
): Promise<Attempt> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (attempt: Attempt) => {
      if (settled) return;
      settled = true;
      resolve(attempt);
      // Whatever is still open (a request unanswered, an answer past the cap) is of no further use.
      request.destroy();
    };
    const failed = (error: unknown) => settle({ kind: "failed", error: "connection", detail: describe(error) });

    const request = (target.protocol === "https:" ? https : http).request(target, {
      method: "POST",
      headers: {
        ...headers,
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(body)),
        "user-agent": "PartnerConsole-Webhooks/1",
      },
      lookup: pinnedTo(addresses),
      // A connection of its own each time: a pooled socket would skip the address check of this attempt.
      agent: false,
    });
    deadline.addEventListener("abort", () => failed(new Error("Deadline reached")), { once: true });
    request.on("error", failed);
    request.on("response", (response) => {
      const kept: Buffer[] = [];
      let keptBytes = 0;
      const answered = () =>
        settle({ kind: "response", status: response.statusCode ?? 0, body: Buffer.concat(kept).toString("utf8") });
      response.on("data", (chunk: Buffer) => {
        const room = webhookResponseCap - keptBytes;
        kept.push(chunk.subarray(0, room));
        keptBytes += Math.min(room, chunk.length);
        // Stop at the cap instead of draining: a huge or endless answer must not hold the attempt or the memory.
        if (keptBytes >= webhookResponseCap) answered();
      });
      response.on("end", answered);
      response.on("error", failed);
      response.on("close", () => failed(new Error("The connection closed before the answer was complete")));
    });
    request.end(body);
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node reports a connection that failed on every address as one AggregateError with an empty message.
  if (error instanceof AggregateError) return error.errors.map(describe).join("; ");
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}
