import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "@/components/developers/api-reference";
import { requirePartnerActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "API reference" };

const documentUrl = "/api/v1/openapi.json";

/** For the partner's developers: how to authenticate, and the whole API, from the document the app generates. */
export default async function DevelopersPage() {
  await requirePartnerActor();
  return (
    <>
      <h1 className="text-2xl font-semibold">Partner Console API</h1>
      <p className="mt-1 max-w-3xl text-muted">
        Programs authenticate with an API key that an Admin agent creates in{" "}
        <Link href="/settings" className="text-brand underline">
          Settings → API keys
        </Link>
        , sent as <code>Authorization: Bearer &lt;key&gt;</code>. The same rules apply as in the dashboard: a key sees
        its own partner&apos;s data only, and a read-only key is refused every change. Orders, returns and exchanges
        need an <code>Idempotency-Key</code> header. The machine-readable document is{" "}
        <a href={documentUrl} className="text-brand underline">
          {documentUrl}
        </a>{" "}
        (OpenAPI 3.1).
      </p>
      <ApiReference documentUrl={documentUrl} />
    </>
  );
}
