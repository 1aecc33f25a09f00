import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SecurityInfoPage } from "@/components/mfa/security-info-page";
import { requireCustomerActor } from "@/lib/auth/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mfa.security");
  return { title: t("title") };
}

/** A customer user's own security info: MFA is theirs to turn on (a first method) and off (removing the last). */
export default async function CustomerSecurityInfoPage() {
  await requireCustomerActor();
  return (
    <ClientMessages namespaces={["common", "mfa"]}>
      <SecurityInfoPage mfaRequired={false} />
    </ClientMessages>
  );
}
