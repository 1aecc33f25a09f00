import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/** An event as a receiver got it: its webhook-id, its body, and whether its signature checked out. */
export type ReceivedEvent = { id: string; payload: Record<string, string>; verified: boolean };

/**
 * A partner's receiver, on this machine: it checks each event's signature with the Standard Webhooks library, as a
 * partner's code would, answers 204, and keeps what it got. It can be stopped and started again on the same port.
 */
export class WebhookReceiver {
  readonly received: ReceivedEvent[] = [];
  secret = "";
  private server: Server | null = null;
  private port = 0;

  get url(): string {
    return `http://localhost:${this.port}/partner-console-events`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        let verified = true;
        try {
          new Webhook(this.secret).verify(body, request.headers as Record<string, string>);
        } catch {
          verified = false;
        }
        this.received.push({ id: String(request.headers["webhook-id"]), payload: JSON.parse(body), verified });
        response.statusCode = verified ? 204 : 401;
        response.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /** The webhook-ids received, each once however often it came. */
  ids(): Set<string> {
    return new Set(this.received.map((event) => event.id));
  }
}
