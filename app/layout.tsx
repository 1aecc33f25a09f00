import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import "./globals.css";
import { clientNamespaces } from "@/i18n/client-namespaces";
import { Providers } from "./providers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return {
    title: { default: "Partner Console", template: "%s · Partner Console" },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts), which a page
  // prerendered at build time could not.
  await connection();
  const messages = await getMessages();
  return (
    <html lang={await getLocale()}>
      <body>
        {/* Client components get the reader's language, and the part of the catalogue they use, from here. */}
        <NextIntlClientProvider messages={Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]]))}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
