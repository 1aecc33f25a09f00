"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "@/components/mfa/confirm-button";
import { Button } from "@/components/ui/button";
import type { WebhookEventName } from "@/db/schema";
import type { WebhookRegistrationView } from "@/lib/webhooks/webhook-registration";
import { EnabledSwitch } from "./enabled-switch";
import { RegistrationHealth } from "./registration-health";
import type { SubscribableEvent } from "./types";
import { useActionAnswer } from "./use-action-answer";
import type { WebhookActions } from "./webhook-panel";
import { WebhookForm } from "./webhook-form";

const isSubscribable = (name: WebhookEventName): name is SubscribableEvent => name !== "test-created";

/**
 * The partner's webhook: where it posts, what it asks for, whether it sends, and the acts on it. Editing replaces
 * the card with the form, which keeps the version the card showed: a save over a change made since is refused.
 */
export function RegistrationDetails({
  registration,
  eventNames,
  actions,
  onRotated,
  onDeleted,
}: {
  registration: WebhookRegistrationView;
  eventNames: readonly SubscribableEvent[];
  actions: WebhookActions;
  onRotated: (secret: string) => void;
  onDeleted: () => void;
}) {
  const t = useTranslations("webhooks");
  const { pending, run: runAction, feedback, clear } = useActionAnswer();
  const [editing, setEditing] = useState<WebhookRegistrationView | null>(null);
  const [saved, setSaved] = useState(false);
  const { version } = registration;
  // A new act's answer replaces the last one's, the edit's "saved" included.
  const run: typeof runAction = (call, onDone) => {
    setSaved(false);
    runAction(call, onDone);
  };

  if (editing)
    return (
      <WebhookForm
        heading={t("form.editHeading")}
        submitLabel={t("form.save")}
        eventNames={eventNames}
        initial={{ url: editing.url, events: editing.events.filter(isSubscribable) }}
        submit={(values) => actions.update({ ...values, enabled: editing.enabled, version: editing.version })}
        onSaved={() => {
          setEditing(null);
          setSaved(true);
        }}
        onCancel={() => setEditing(null)}
      />
    );

  return (
    <section
      aria-labelledby="webhook-registration-heading"
      className="mt-6 max-w-3xl rounded-sm border border-line p-5"
    >
      <h2 id="webhook-registration-heading" className="text-lg font-semibold">
        {t("details.heading")}
      </h2>
      <RegistrationHealth registration={registration} />
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("details.url")}</dt>
        <dd className="break-all font-mono text-sm">{registration.url}</dd>
        <dt className="font-semibold">{t("details.events")}</dt>
        <dd>
          <ul>
            {registration.events.map((name) => (
              <li key={name}>{t(`events.${name}`)}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <div className="mt-4">
        <EnabledSwitch registration={registration} update={actions.update} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            clear();
            setSaved(false);
            setEditing(registration);
          }}
          disabled={pending}
        >
          {t("details.edit")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => actions.sendTest(),
              () => t("details.testSent"),
            )
          }
        >
          {t("details.sendTest")}
        </Button>
        <ConfirmButton
          label={t("details.rotate")}
          title={t("details.rotateTitle")}
          explanation={t("details.rotateExplanation")}
          confirmLabel={t("details.rotate")}
          disabled={pending}
          onConfirm={() =>
            run(
              () => actions.rotate({ version }),
              (rotated) => {
                onRotated(rotated.secret);
                return null;
              },
            )
          }
        />
        <ConfirmButton
          label={t("details.delete")}
          title={t("details.deleteTitle")}
          explanation={t("details.deleteExplanation")}
          confirmLabel={t("details.delete")}
          disabled={pending}
          onConfirm={() =>
            run(
              () => actions.remove({ version }),
              () => {
                // The card goes with the registration: the panel says it was deleted.
                onDeleted();
                return null;
              },
            )
          }
        />
      </div>
      {saved && (
        <p role="status" className="mt-3 text-success">
          {t("details.saved")}
        </p>
      )}
      {feedback}
    </section>
  );
}
