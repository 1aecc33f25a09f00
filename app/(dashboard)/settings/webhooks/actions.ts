"use server";

import { revalidatePath } from "next/cache";
import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { wakeWebhookDelivery } from "@/lib/webhooks/deliver-webhooks";
import { deleteWebhookRegistration } from "@/lib/webhooks/delete-webhook-registration";
import { redeliverWebhookEvent } from "@/lib/webhooks/redeliver-webhook-event";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { createWebhookRegistration, updateWebhookRegistration } from "@/lib/webhooks/save-webhook-registration";
import { sendTestWebhookEvent } from "@/lib/webhooks/send-test-webhook-event";

// Thin doors onto the use cases, which check the role, the input and the version. Each change revalidates the page,
// so its new state comes back with the answer (the panel keeps a secret just made on screen across it).

const page = "/settings/webhooks";

export async function createWebhookRegistrationAction(input: unknown) {
  const result = await createWebhookRegistration(await getActorRef(), input);
  if (result.ok) revalidatePath(page);
  return inReadersWords(result);
}

export async function updateWebhookRegistrationAction(input: unknown) {
  const result = await updateWebhookRegistration(await getActorRef(), input);
  if (result.ok) revalidatePath(page);
  return inReadersWords(result);
}

export async function deleteWebhookRegistrationAction(input: unknown) {
  const result = await deleteWebhookRegistration(await getActorRef(), input);
  if (result.ok) revalidatePath(page);
  return inReadersWords(result);
}

export async function rotateWebhookSecretAction(input: unknown) {
  const result = await rotateWebhookSecret(await getActorRef(), input);
  if (result.ok) revalidatePath(page);
  return inReadersWords(result);
}

export async function sendTestWebhookEventAction() {
  const result = await sendTestWebhookEvent(await getActorRef());
  // The event is committed: this process sends it now rather than at its next tick.
  if (result.ok) {
    revalidatePath(page);
    wakeWebhookDelivery();
  }
  return inReadersWords(result);
}

export async function redeliverWebhookEventAction(input: unknown) {
  const result = await redeliverWebhookEvent(await getActorRef(), input);
  if (result.ok) {
    revalidatePath(page);
    wakeWebhookDelivery();
  }
  return inReadersWords(result);
}
