"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { WebhookEventName } from "@/db/schema";
import type { ActionResult } from "@/lib/i18n/describe";
import type { WebhookRegistrationView } from "@/lib/webhooks/webhook-registration";
import type { CreatedWebhookRegistration } from "@/lib/webhooks/save-webhook-registration";
import { RegistrationDetails } from "./registration-details";
import { SecretOnce } from "./secret-once";
import type { SubscribableEvent, WebhookFormValues } from "./types";
import { WebhookForm } from "./webhook-form";

export type UpdateWebhook = (input: {
  url: string;
  events: WebhookEventName[];
  enabled: boolean;
  version: number;
}) => Promise<ActionResult<WebhookRegistrationView>>;

/** The server actions the panel calls (app/(dashboard)/settings/webhooks/actions.ts). */
export type WebhookActions = {
  create: (input: WebhookFormValues) => Promise<ActionResult<CreatedWebhookRegistration>>;
  update: UpdateWebhook;
  remove: (input: { version: number }) => Promise<ActionResult<{ deleted: true }>>;
  rotate: (input: { version: number }) => Promise<ActionResult<WebhookRegistrationView & { secret: string }>>;
  sendTest: () => Promise<ActionResult<{ correlationId: string }>>;
};

type Notice = { kind: "created" | "rotated"; secret: string } | { kind: "deleted" };

/**
 * The register form, or the registration once there is one. The notice of what just happened lives here, above both,
 * so that a secret just made stays on screen when the page, revalidated, swaps the form for the registration.
 */
export function WebhookPanel({
  registration,
  eventNames,
  actions,
}: {
  registration: WebhookRegistrationView | null;
  eventNames: readonly SubscribableEvent[];
  actions: WebhookActions;
}) {
  const t = useTranslations("webhooks");
  const [notice, setNotice] = useState<Notice | null>(null);

  return (
    <>
      {notice?.kind === "deleted" ? (
        <p role="status" className="mt-4 text-success">
          {t("details.deleted")}
        </p>
      ) : (
        notice && <SecretOnce secret={notice.secret} message={t(`secret.${notice.kind}`)} />
      )}
      {registration ? (
        <RegistrationDetails
          registration={registration}
          eventNames={eventNames}
          actions={actions}
          onRotated={(secret) => setNotice({ kind: "rotated", secret })}
          onDeleted={() => setNotice({ kind: "deleted" })}
        />
      ) : (
        <WebhookForm
          heading={t("form.registerHeading")}
          submitLabel={t("form.register")}
          eventNames={eventNames}
          initial={{ url: "", events: [] }}
          submit={actions.create}
          onSaved={(created) => {
            setNotice({ kind: "created", secret: created.secret });
          }}
        />
      )}
    </>
  );
}
