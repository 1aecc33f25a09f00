import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { WebhookPanel } from "@/components/webhooks/webhook-panel";
import { getActorRef, requirePartnerActor } from "@/lib/auth/current-actor";
import { describeFailure } from "@/lib/i18n/describe";
import { readerWords } from "@/lib/i18n/server";
import { listWebhookDeliveries } from "@/lib/webhooks/webhook-deliveries";
import { subscribableEvents } from "@/lib/webhooks/webhook-registration";
import {
  createWebhookRegistrationAction,
  deleteWebhookRegistrationAction,
  redeliverWebhookEventAction,
  rotateWebhookSecretAction,
  sendTestWebhookEventAction,
  updateWebhookRegistrationAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("webhooks");
  return { title: t("title") };
}

/**
 * Settings → Webhooks: the partner's one webhook (register it, change it, rotate its secret, test it) and its delivery
 * log. Admin agents only, since it says where the partner's data goes; others are told so.
 */
export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePartnerActor();
  const t = await getTranslations("webhooks");
  const log = await listWebhookDeliveries(await getActorRef(), { page: (await searchParams).page });

  return (
    <>
      <Link href="/settings" className="text-brand hover:underline">
        {t("backToSettings")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-muted">{t("intro", { partner: actor.partnerName })}</p>
      {!log.ok ? (
        <p className="mt-4">{describeFailure(log, await readerWords()).message}</p>
      ) : (
        <ClientMessages namespaces={["common", "webhooks"]}>
          <WebhookPanel
            registration={log.data.registration}
            eventNames={subscribableEvents}
            actions={{
              create: createWebhookRegistrationAction,
              update: updateWebhookRegistrationAction,
              remove: deleteWebhookRegistrationAction,
              rotate: rotateWebhookSecretAction,
              sendTest: sendTestWebhookEventAction,
            }}
          />
          {log.data.registration && (
            <DeliveryLog
              deliveries={log.data.deliveries}
              page={log.data.page}
              pageCount={log.data.pageCount}
              redeliver={redeliverWebhookEventAction}
            />
          )}
        </ClientMessages>
      )}
    </>
  );
}
