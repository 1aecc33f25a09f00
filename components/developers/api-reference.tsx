"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import "swagger-ui-react/swagger-ui.css";

function Loading() {
  const t = useTranslations("developers");
  return <p role="status">{t("loading")}</p>;
}

// Swagger UI renders in the browser only; bundled with the app, so the reference works with no outside network.
const SwaggerUI = dynamic(() => import("swagger-ui-react"), { ssr: false, loading: () => <Loading /> });

/** The partner API's OpenAPI document, rendered by Swagger UI: every endpoint, its parameters, bodies and answers. */
export function ApiReference({ documentUrl }: { documentUrl: string }) {
  return (
    <div className="mt-6 rounded-sm border border-line">
      <SwaggerUI url={documentUrl} docExpansion="list" defaultModelsExpandDepth={0} tryItOutEnabled={false} />
    </div>
  );
}
