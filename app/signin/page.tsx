import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignInWithMicrosoft } from "@/components/auth/sign-in-with-microsoft";
import { entraConfiguration } from "@/lib/auth/entra";
import { getActor, getStartedSession } from "@/lib/auth/current-actor";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl: requested, error } = await searchParams;
  const callbackUrl = safeCallbackUrl(requested);
  if (await getActor()) redirect(callbackUrl);
  // Signed in with the password but not MFA yet (no method set up, or single sign-on without MFA): that step next.
  if (await getStartedSession()) redirect(`/signin/mfa?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  const t = await getTranslations("signIn");
  return (
    <ClientMessages namespaces={["signIn", "mfa"]}>
      <main className="flex min-h-screen items-center justify-center bg-nav p-6">
        <div className="w-full max-w-sm rounded-sm bg-white p-8 shadow-md">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">Partner Console</p>
          <h1 className="mt-1 mb-6 text-2xl font-semibold">{t("title")}</h1>
          <SignInForm callbackUrl={callbackUrl} />
          {entraConfiguration() && <SignInWithMicrosoft callbackUrl={callbackUrl} error={error} />}
        </div>
      </main>
    </ClientMessages>
  );
}
