"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import "swagger-ui-react/swagger-ui.css";
import "./api-reference.css";

function Loading() {
  const t = useTranslations("developers");
  return <p role="status">{t("loading")}</p>;
}

// Swagger UI renders in the browser only; bundled with the app, so the reference works with no outside network.
const SwaggerUI = dynamic(() => import("swagger-ui-react"), { ssr: false, loading: () => <Loading /> });

/** The partner API's OpenAPI document, rendered by Swagger UI: every endpoint, its parameters, bodies and answers. */
export function ApiReference({ documentUrl }: { documentUrl: string }) {
  const t = useTranslations("developers");
  return (
    // The document is in English, whatever the page's language: screen readers are told so (WCAG 3.1.2).
    <div lang="en-US" className="mt-6 rounded-sm border border-line">
      <SwaggerUI
        url={documentUrl}
        docExpansion="list"
        defaultModelsExpandDepth={0}
        tryItOutEnabled={false}
        // Swagger UI leaves its server picker without a name.
        onComplete={() => document.getElementById("servers")?.setAttribute("aria-label", t("servers"))}
      />
    </div>
  );
}
