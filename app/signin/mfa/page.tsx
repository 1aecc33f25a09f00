import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { MfaEnrollment } from "@/components/auth/mfa-enrollment";
import { MfaVerification } from "@/components/auth/mfa-verification";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getDb } from "@/db/client";
import { getStartedSession } from "@/lib/auth/current-actor";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { hasRecentMfa, isSignedIn } from "@/lib/mfa/mfa-rules";
import { hasMfaMethod } from "@/lib/mfa/second-factor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mfa");
  return { title: t("verify.title") };
}

/**
 * The MFA step: after a password sign-in of a partner user who has no method yet (set one up), after single sign-on
 * without MFA, and again before a sensitive act when the last MFA is more than 15 minutes old (verify).
 */
export default async function MfaPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const session = await getStartedSession();
  if (!session) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (isSignedIn(session.ref, session) && hasRecentMfa(session, new Date())) redirect(callbackUrl);
  const hasMethods = await hasMfaMethod(getDb(), session.ref);
  // A customer user without MFA has nothing to verify with, and needs nothing more.
  if (!hasMethods && session.ref.kind === "customer_user") redirect(callbackUrl);
  const t = await getTranslations("mfa");
  return (
    <ClientMessages namespaces={["mfa"]}>
      <main className="flex min-h-screen items-center justify-center bg-nav p-6">
        <div className="w-full max-w-md rounded-sm bg-white p-8 shadow-md">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">Partner Console</p>
          <h1 className="mt-1 mb-6 text-2xl font-semibold">{t(hasMethods ? "verify.title" : "enroll.title")}</h1>
          {hasMethods ? <MfaVerification callbackUrl={callbackUrl} /> : <MfaEnrollment callbackUrl={callbackUrl} />}
        </div>
      </main>
    </ClientMessages>
  );
}
