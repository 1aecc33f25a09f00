import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { getActor } from "@/lib/auth/current-actor";
import { changePasswordAction } from "./actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("changePassword");
  return { title: t("title") };
}

/** Outside both areas: a user with a temporary password is sent here by each of them, and may go nowhere else. */
export default async function ChangePasswordPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/change-password");
  const required = actor.kind === "customer_user" && actor.mustChangePassword;
  const t = await getTranslations("changePassword");
  return (
    <ClientMessages namespaces={["changePassword"]}>
      <main className="flex min-h-screen items-center justify-center bg-nav p-6">
        <div className="w-full max-w-sm rounded-sm bg-white p-8 shadow-md">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">Partner Console</p>
          <h1 className="mt-1 text-2xl font-semibold">{required ? t("requiredTitle") : t("title")}</h1>
          <p className="mt-2 mb-6 text-muted">
            {required ? t("requiredIntro", { email: actor.email }) : t("intro", { email: actor.email })}
          </p>
          <ChangePasswordForm change={changePasswordAction} />
        </div>
      </main>
    </ClientMessages>
  );
}
