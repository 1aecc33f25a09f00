import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SecurityInfoPage } from "@/components/mfa/security-info-page";
import { requirePartnerActor } from "@/lib/auth/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mfa.security");
  return { title: t("title") };
}

/** A partner user's own security info: the ways they verify their identity, of which they keep at least one. */
export default async function PartnerSecurityInfoPage() {
  await requirePartnerActor();
  return (
    <ClientMessages namespaces={["common", "mfa"]}>
      <SecurityInfoPage mfaRequired={true} />
    </ClientMessages>
  );
}
