import type { subscribableEvents } from "@/lib/webhooks/webhook-registration";

/** An event a registration may ask for (every event but the test one). */
export type SubscribableEvent = (typeof subscribableEvents)[number];

/** What the register and edit forms send: the use cases check it. */
export type WebhookFormValues = { url: string; events: SubscribableEvent[] };
