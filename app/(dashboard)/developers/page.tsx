import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/developers/api-reference";
import { requirePartnerActor } from "@/lib/auth/current-actor";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("developers");
  return { title: t("title") };
}

const documentUrl = "/api/v1/openapi.json";

/**
 * For the partner's developers: how to authenticate, and the whole API, from the document the app generates. The
 * document itself (Swagger UI's content) is in English, as the API's words always are.
 */
export default async function DevelopersPage() {
  await requirePartnerActor();
  const t = await getTranslations("developers");
  return (
    <ClientMessages namespaces={["developers"]}>
      <>
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        <p className="mt-1 max-w-3xl text-muted">
          {t.rich("intro", {
            header: "Authorization: Bearer <key>",
            url: documentUrl,
            code: (chunks) => <code>{chunks}</code>,
            link: (chunks) => (
              <Link href="/settings" className="text-brand underline">
                {chunks}
              </Link>
            ),
            doc: (chunks) => (
              <a href={documentUrl} className="text-brand underline">
                {chunks}
              </a>
            ),
          })}
        </p>
        <ApiReference documentUrl={documentUrl} />
      </>
    </ClientMessages>
  );
}
