import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import type { PartnerActor } from "@/lib/access/actor";
import { openRequestCount } from "@/lib/reservation-requests/list-requests";

/**
 * How many customers' requests wait for an answer, beside "Requests" in the navigation: streamed in behind Suspense so
 * that the page's own content does not wait for it (nothing shows until it comes, as when there are none).
 */
export function OpenRequests({ actor }: { actor: PartnerActor }) {
  return (
    <Suspense fallback={null}>
      <OpenRequestsBadge actor={actor} />
    </Suspense>
  );
}

async function OpenRequestsBadge({ actor }: { actor: PartnerActor }) {
  const [t, open] = await Promise.all([getTranslations("shell"), openRequestCount(actor)]);
  if (open === 0) return null;
  return (
    <span className="ml-2 rounded-full bg-brand px-1.5 text-xs font-semibold text-white">
      {open}
      <span className="sr-only"> {t("openRequests", { count: open })}</span>
    </span>
  );
}
