import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { ActionResult } from "@/lib/i18n/describe";
import type { ApprovedPurchase } from "@/lib/purchase-approvals/decide-purchase";
import type { PurchaseApprovalRow } from "@/lib/purchase-approvals/list-purchase-approvals";
import { PurchaseDecision } from "./purchase-decision";
import { getPurchaseWords } from "./purchase-words";

type Words = Awaited<ReturnType<typeof getPurchaseWords>>;
type Translator = Awaited<ReturnType<typeof getTranslations<"purchaseApprovals.inbox">>>;

/** The customer's month as approving now would leave it: the partner decides knowing whether it fits. */
function MonthIfApproved({ row, t, words }: { row: PurchaseApprovalRow; t: Translator; words: Words }) {
  if (!row.month) return null;
  const money = (amountMinor: number) => words.money(amountMinor, row.currency);
  const { usedMinor, limitMinor, leftAfterMinor } = row.month;
  return (
    <>
      <p>
        {limitMinor === null
          ? t("monthNoLimit", { used: money(usedMinor) })
          : t("month", { used: money(usedMinor), limit: money(limitMinor) })}
      </p>
      {leftAfterMinor !== null &&
        (leftAfterMinor >= 0 ? (
          <p>{t("leaves", { left: money(leftAfterMinor) })}</p>
        ) : (
          <p className="text-danger">{t("overLimit", { over: money(-leftAfterMinor) })}</p>
        ))}
    </>
  );
}

function Outcome({ row, t }: { row: PurchaseApprovalRow; t: Translator }) {
  if (row.status === "approved" && row.orderId) {
    return (
      <p className="mt-2">
        {t.rich("approved", {
          orderId: row.orderId,
          // A link inside running text is underlined: colour alone does not tell it apart.
          link: (chunks) => (
            <Link
              href={`/customers/${row.customerTenantId}/orders`}
              className="text-brand underline hover:text-brand-dark"
            >
              {chunks}
            </Link>
          ),
        })}
      </p>
    );
  }
  if (row.status === "declined") return <p className="mt-2">{t("declined", { reason: row.declineReason ?? "" })}</p>;
  return null;
}

function SubmittedPurchase({
  row,
  what,
  t,
  words,
  decision,
}: {
  row: PurchaseApprovalRow;
  what: string;
  t: Translator;
  words: Words;
  decision: React.ReactNode;
}) {
  const headingId = `purchase-${row.approvalId}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="rounded-sm border border-line p-4">
        <h3 id={headingId} className="font-semibold">
          {t("itemHeading", { company: row.companyName, what, status: row.status })}
        </h3>
        <p className="text-muted">
          {t.rich("submitted", {
            requester: row.requestedBy,
            when: () => <LocalDateTime iso={row.createdAt.toISOString()} />,
          })}
        </p>
        <p className="mt-2">
          {t("quoted", {
            total: words.money(row.quotedTotalMinor, row.currency),
            held: row.status !== "pending" || row.quoteHeld ? "yes" : "no",
          })}
        </p>
        <MonthIfApproved row={row} t={t} words={words} />
        <Outcome row={row} t={t} />
        {decision}
      </article>
    </li>
  );
}

/**
 * Purchases customers submitted for approval, above the partner's other requests: the pending ones with what
 * approving would do to the customer's month, then the decided ones with their outcome. Admin agents decide.
 */
export async function PartnerPurchaseApprovals({
  rows,
  canDecide,
  approve,
  decline,
}: {
  rows: PurchaseApprovalRow[];
  canDecide: boolean;
  approve: (formData: FormData) => Promise<ActionResult<ApprovedPurchase>>;
  decline: (formData: FormData) => Promise<ActionResult<{ approvalId: string }>>;
}) {
  const [t, words] = await Promise.all([getTranslations("purchaseApprovals.inbox"), getPurchaseWords()]);
  const pending = rows.filter((row) => row.status === "pending");
  const decided = rows.filter((row) => row.status !== "pending");
  const item = (row: PurchaseApprovalRow) => {
    const what = words.what(row.kind, row.item, row.currency);
    return (
      <SubmittedPurchase
        key={row.approvalId}
        row={row}
        what={what}
        t={t}
        words={words}
        decision={
          canDecide &&
          row.status === "pending" && (
            <PurchaseDecision
              approvalId={row.approvalId}
              summary={t("summary", { company: row.companyName, what })}
              approve={approve}
              decline={decline}
            />
          )
        }
      />
    );
  };
  return (
    <>
      <section aria-labelledby="purchases-waiting" className="mt-6 max-w-4xl">
        <h2 id="purchases-waiting" className="text-xl font-semibold">
          {t("heading")}
        </h2>
        <p className="mt-1 text-muted">{t("intro")}</p>
        {pending.length === 0 ? (
          <p className="mt-3">{t("empty")}</p>
        ) : (
          <ul className="mt-3 grid gap-4">{pending.map(item)}</ul>
        )}
      </section>
      {decided.length > 0 && (
        <section aria-labelledby="purchases-decided" className="mt-6 max-w-4xl">
          <h2 id="purchases-decided" className="text-xl font-semibold">
            {t("decidedHeading")}
          </h2>
          <ul className="mt-3 grid gap-4">{decided.map(item)}</ul>
        </section>
      )}
    </>
  );
}
