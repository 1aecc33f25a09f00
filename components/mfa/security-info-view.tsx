"use client";

import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { RecoveryCodesList } from "@/components/auth/recovery-codes-list";
import { TableHead } from "@/components/ui/table-head";
import type { ActionResult } from "@/lib/i18n/describe";
import type { SecurityInfo } from "@/lib/mfa/security-info";
import { ConfirmButton } from "./confirm-button";
import { useStepUpWhenAsked } from "./step-up";

type Answer<T> = Promise<ActionResult<T>>;
/** Setting up an authenticator app: the key as text, and the QR code (an image's data address) that carries it. */
type AuthenticatorAppSetup = { key: string; qrCode: string };
type NewRecoveryCodes = { recoveryCodes: string[] | null };
type RemovedMethod = { method: "authenticator_app" } | { method: "passkey"; passkeyId: number };

/** The page's server actions, each acting on the signed-in user's own security info. */
export type SecurityInfoActions = {
  beginAuthenticatorApp: () => Answer<AuthenticatorAppSetup>;
  confirmAuthenticatorApp: (input: { code: string }) => Answer<NewRecoveryCodes>;
  beginPasskey: () => Answer<PublicKeyCredentialCreationOptionsJSON>;
  addPasskey: (input: { name: string; response: unknown }) => Answer<NewRecoveryCodes>;
  removeMethod: (input: RemovedMethod) => Answer<{ mfaOn: boolean }>;
  renewRecoveryCodes: () => Answer<{ recoveryCodes: string[] }>;
};

type Part = "authenticatorApp" | "passkeys" | "recoveryCodes";

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/**
 * The signed-in user's ways to verify their identity after their password, and the changes they may make to them.
 * Partner users keep at least one (`mfaRequired`); a customer user turns MFA on with their first and off by removing
 * their last.
 */
export function SecurityInfoView({
  info,
  mfaRequired,
  actions,
}: {
  info: SecurityInfo;
  mfaRequired: boolean;
  actions: SecurityInfoActions;
}) {
  const t = useTranslations("mfa.security");
  const stepUpWhenAsked = useStepUpWhenAsked();
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<{ at: Part; ok: boolean; text: string } | null>(null);
  // Recovery codes exist in the clear only in the answer that issued them: shown until the page is left.
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const methods = (info.authenticatorApp ? 1 : 0) + info.passkeys.length;

  /** Runs one change; what it did (or why not) is said in its own part of the page. */
  function run<T>(at: Part, call: () => Answer<T>, done: (data: T) => string | null) {
    setFeedback(null);
    startTransition(async () => {
      const result = await call();
      if (stepUpWhenAsked(result)) return;
      if (!result.ok) return setFeedback({ at, ok: false, text: result.message });
      const text = done(result.data);
      if (text) setFeedback({ at, ok: true, text });
    });
  }
  const showCodes = (codes: string[] | null) => {
    if (codes) setNewCodes(codes);
  };
  const remove = (at: Part, method: RemovedMethod, removed: string) =>
    run(
      at,
      () => actions.removeMethod(method),
      ({ mfaOn }) => {
        if (mfaOn) return removed;
        setNewCodes(null);
        return t("mfaTurnedOff");
      },
    );
  const removal = {
    // A partner user's last method stays: MFA is not theirs to turn off.
    allowed: !mfaRequired || methods > 1,
    explanation: methods === 1 ? t("removeLastExplanation") : t("removeExplanation"),
  };
  const part = { pending, feedback, run, showCodes, remove, removal };

  return (
    <div className="mt-4 grid max-w-4xl gap-6">
      <p className="text-muted">
        {mfaRequired ? t("intro.required") : methods > 0 ? t("intro.optionalOn") : t("intro.optionalOff")}
      </p>
      {mfaRequired && methods === 1 && <p className="text-muted">{t("keepOne")}</p>}
      <AuthenticatorAppPart info={info} actions={actions} {...part} />
      <PasskeysPart info={info} actions={actions} {...part} />
      <section aria-labelledby="security-recovery-codes-heading" className="rounded-sm border border-line p-5">
        <h2 id="security-recovery-codes-heading" className="text-lg font-semibold">
          {t("recoveryCodes.heading")}
        </h2>
        {methods === 0 ? (
          <p className="mt-1 text-muted">{t("recoveryCodes.none")}</p>
        ) : (
          <>
            <p className="mt-1">{t("recoveryCodes.left", { count: info.recoveryCodesLeft })}</p>
            <Button
              type="button"
              variant="secondary"
              className="mt-3"
              disabled={pending}
              onClick={() =>
                run("recoveryCodes", actions.renewRecoveryCodes, ({ recoveryCodes }) => {
                  setNewCodes(recoveryCodes);
                  return t("recoveryCodes.renewed");
                })
              }
            >
              {t("recoveryCodes.renew")}
            </Button>
          </>
        )}
        <Feedback at="recoveryCodes" feedback={feedback} />
        {newCodes && (
          <div className="mt-4 rounded-sm bg-nav p-4">
            <RecoveryCodesList codes={newCodes} />
          </div>
        )}
      </section>
    </div>
  );
}

type PartProps = {
  info: SecurityInfo;
  actions: SecurityInfoActions;
  pending: boolean;
  feedback: { at: Part; ok: boolean; text: string } | null;
  run: <T>(at: Part, call: () => Answer<T>, done: (data: T) => string | null) => void;
  showCodes: (codes: string[] | null) => void;
  remove: (at: Part, method: RemovedMethod, removed: string) => void;
  removal: { allowed: boolean; explanation: string };
};

function AuthenticatorAppPart({ info, actions, pending, feedback, run, showCodes, remove, removal }: PartProps) {
  const t = useTranslations("mfa.security");
  const [setup, setSetup] = useState<AuthenticatorAppSetup | null>(null);
  const [code, setCode] = useState("");
  return (
    <section aria-labelledby="authenticator-app-heading" className="rounded-sm border border-line p-5">
      <h2 id="authenticator-app-heading" className="text-lg font-semibold">
        {t("authenticatorApp.heading")}
      </h2>
      {info.authenticatorApp ? (
        <div className="mt-2 flex flex-wrap items-baseline gap-4">
          <p>
            {t.rich("authenticatorApp.addedAt", {
              date: () => <LocalDateTime iso={info.authenticatorApp!.addedAt.toISOString()} />,
            })}
          </p>
          {removal.allowed && (
            <ConfirmButton
              label={t("remove")}
              hint={t("authenticatorApp.heading")}
              title={t("authenticatorApp.removeTitle")}
              explanation={removal.explanation}
              confirmLabel={t("remove")}
              disabled={pending}
              onConfirm={() =>
                remove("authenticatorApp", { method: "authenticator_app" }, t("authenticatorApp.removed"))
              }
            />
          )}
        </div>
      ) : setup ? (
        <div className="mt-2">
          <p>{t("authenticatorApp.scan")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn on the server, nothing to optimize */}
          <img src={setup.qrCode} alt={t("authenticatorApp.qrCode")} width={200} height={200} className="mt-3" />
          <p className="mt-3">{t("authenticatorApp.keyLead")}</p>
          <p className="mt-1">
            <code className="rounded-sm bg-nav px-1.5 py-0.5 font-mono text-[#323130]">
              {setup.key.match(/.{1,4}/g)!.join(" ")}
            </code>
          </p>
          <form
            className="mt-4 flex flex-wrap items-end gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              run(
                "authenticatorApp",
                () => actions.confirmAuthenticatorApp({ code }),
                ({ recoveryCodes }) => {
                  setSetup(null);
                  setCode("");
                  showCodes(recoveryCodes);
                  return t("authenticatorApp.setUpDone");
                },
              );
            }}
          >
            <label className="flex flex-col gap-1">
              <span className="font-semibold">{t("authenticatorApp.code")}</span>
              <input
                name="code"
                required
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                className={`${fieldClass} w-32`}
              />
            </label>
            <Button type="submit" disabled={pending}>
              {t("authenticatorApp.verify")}
            </Button>
          </form>
        </div>
      ) : (
        <>
          <p className="mt-1 text-muted">{t("authenticatorApp.none")}</p>
          <Button
            type="button"
            className="mt-3"
            disabled={pending}
            onClick={() =>
              run("authenticatorApp", actions.beginAuthenticatorApp, (begun) => {
                setSetup(begun);
                return null;
              })
            }
          >
            {t("authenticatorApp.setUp")}
          </Button>
        </>
      )}
      <Feedback at="authenticatorApp" feedback={feedback} />
    </section>
  );
}

function PasskeysPart({ info, actions, pending, feedback, run, showCodes, remove, removal }: PartProps) {
  const t = useTranslations("mfa.security");
  const [name, setName] = useState("");
  const addPasskey = async (): Answer<NewRecoveryCodes> => {
    const options = await actions.beginPasskey();
    if (!options.ok) return options;
    try {
      const response = await startRegistration({ optionsJSON: options.data });
      return actions.addPasskey({ name, response });
    } catch {
      // The person cancelled, the device has no passkeys, or the browser refused: nothing was created.
      return { ok: false, error: "invalid_input", message: t("passkeys.notCreated") };
    }
  };
  return (
    <section aria-labelledby="passkeys-heading" className="rounded-sm border border-line p-5">
      <h2 id="passkeys-heading" className="text-lg font-semibold">
        {t("passkeys.heading")}
      </h2>
      {info.passkeys.length === 0 ? (
        <p className="mt-1 text-muted">{t("passkeys.none")}</p>
      ) : (
        <table className="mt-2 w-full border-collapse text-left">
          <TableHead
            columns={[
              t("passkeys.columns.name"),
              t("passkeys.columns.added"),
              t("passkeys.columns.lastUsed"),
              removal.allowed && t("passkeys.columns.actions"),
            ]}
          />
          <tbody>
            {info.passkeys.map((passkey) => (
              <tr key={passkey.id} className="border-b border-line">
                <td className="py-2 pr-4">{passkey.name}</td>
                <td className="py-2 pr-4">
                  <LocalDateTime iso={passkey.addedAt.toISOString()} />
                </td>
                <td className="py-2 pr-4">
                  {passkey.lastUsedAt ? <LocalDateTime iso={passkey.lastUsedAt.toISOString()} /> : t("passkeys.never")}
                </td>
                {removal.allowed && (
                  <td className="py-2 pr-4">
                    <ConfirmButton
                      label={t("remove")}
                      hint={passkey.name}
                      title={t("passkeys.removeTitle", { name: passkey.name })}
                      explanation={removal.explanation}
                      confirmLabel={t("remove")}
                      disabled={pending}
                      onConfirm={() =>
                        remove("passkeys", { method: "passkey", passkeyId: passkey.id }, t("passkeys.removed"))
                      }
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const added = name.trim();
          run("passkeys", addPasskey, ({ recoveryCodes }) => {
            setName("");
            showCodes(recoveryCodes);
            return t("passkeys.added", { name: added });
          });
        }}
      >
        <label className="flex flex-col gap-1">
          <span className="font-semibold">{t("passkeys.name")}</span>
          <input
            name="passkeyName"
            required
            // passkeyNameMaxLength (lib/mfa/passkeys.ts, server-only code the browser does not load).
            maxLength={60}
            placeholder={t("passkeys.namePlaceholder")}
            value={name}
            onChange={(event) => setName(event.target.value)}
            className={fieldClass}
          />
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("passkeys.add")}
        </Button>
      </form>
      <Feedback at="passkeys" feedback={feedback} />
    </section>
  );
}

function Feedback({ at, feedback }: { at: Part; feedback: { at: Part; ok: boolean; text: string } | null }) {
  if (feedback?.at !== at) return null;
  return feedback.ok ? (
    <p role="status" className="mt-2 text-success">
      {feedback.text}
    </p>
  ) : (
    <p role="alert" className="mt-2 rounded-sm bg-[#fde7e9] px-3 py-2 text-danger">
      {feedback.text}
    </p>
  );
}
