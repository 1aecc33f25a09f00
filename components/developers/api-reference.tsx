"use client";

import dynamic from "next/dynamic";
import "swagger-ui-react/swagger-ui.css";

// Swagger UI renders in the browser only; bundled with the app, so the reference works with no outside network.
const SwaggerUI = dynamic(() => import("swagger-ui-react"), {
  ssr: false,
  loading: () => <p role="status">Loading the API reference…</p>,
});

/** The partner API's OpenAPI document, rendered by Swagger UI: every endpoint, its parameters, bodies and answers. */
export function ApiReference({ documentUrl }: { documentUrl: string }) {
  return (
    <div className="mt-6 rounded-sm border border-line">
      <SwaggerUI url={documentUrl} docExpansion="list" defaultModelsExpandDepth={0} tryItOutEnabled={false} />
    </div>
  );
}
