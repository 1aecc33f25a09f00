import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import "./globals.css";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Providers } from "./providers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return {
    title: { default: "Partner Console", template: "%s · Partner Console" },
    description: t("description"),
    // public/: the .ico for browsers that ask for /favicon.ico on their own, the SVG for those that read the link.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts), which a page
  // prerendered at build time could not.
  await connection();
  return (
    <html lang={await getLocale()}>
      <body>
        {/* Client components get the reader's language and time zone from here; each page and layout hands its own
            client components the part of the catalogue they use. */}
        <ClientMessages namespaces={[]}>
          <Providers>{children}</Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
