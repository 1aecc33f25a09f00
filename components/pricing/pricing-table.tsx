import { ActionForm } from "@/components/ui/action-form";
import { formatMoney } from "@/lib/money";
import type { PricingView } from "@/lib/pricing/pricing-view";
import type { Result } from "@/lib/result";
import { TableHead } from "@/components/ui/table-head";

const fieldClass = "w-24 rounded-sm border border-[#8a8886] px-2 py-1";

function PriceCells({ view }: { view: PricingView }) {
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead columns={["Product", "Override (%)", "Term", "List price", "Customer price", "Margin"]} />
      <tbody>
        {view.rows.map((row) =>
          row.prices.map((price, index) => (
            <tr
              key={`${row.catalogItemId}-${price.term}`}
              className={index === row.prices.length - 1 ? "border-b border-line" : ""}
            >
              {index === 0 && (
                <>
                  <th scope="row" rowSpan={row.prices.length} className="py-2 pr-4 align-top font-normal">
                    {row.name}
                    <span className="block text-xs text-muted">
                      {row.category} · per {row.unit}
                    </span>
                  </th>
                  <td rowSpan={row.prices.length} className="py-2 pr-4 align-top">
                    {view.viewerCanChange ? (
                      <input
                        name={`override:${row.catalogItemId}`}
                        aria-label={`Override for ${row.name} (%)`}
                        defaultValue={row.overridePercent ?? ""}
                        placeholder="default"
                        inputMode="decimal"
                        className={fieldClass}
                      />
                    ) : (
                      (row.overridePercent ?? "default")
                    )}
                  </td>
                </>
              )}
              <td className="py-1 pr-4">{price.term}</td>
              <td className="py-1 pr-4">{formatMoney(price.listMinor, view.currency)}</td>
              <td className="py-1 pr-4">{formatMoney(price.customerMinor, view.currency)}</td>
              <td className={`py-1 pr-4 ${price.marginMinor < 0 ? "text-danger" : ""}`}>
                {formatMoney(price.marginMinor, view.currency)}
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

/** The price list; an editable form for those who may change it, the same figures read-only for everyone else. */
export function PricingTable({
  view,
  save,
}: {
  view: PricingView;
  save: ((formData: FormData) => Promise<Result<unknown>>) | null;
}) {
  if (!save) {
    return (
      <>
        <p className="mt-4">
          Default: <strong>{view.defaultAdjustmentPercent}%</strong> against the list price. Savings plans:{" "}
          <strong>{view.savingsPlanAdjustmentPercent}%</strong> against the list price of their commitment.
        </p>
        <PriceCells view={view} />
      </>
    );
  }
  return (
    <ActionForm action={save} successMessage="Reservation prices saved." submitLabel="Save prices" className="mt-4">
      <input type="hidden" name="version" value={view.version} />
      <label className="flex max-w-md flex-col gap-1">
        <span className="font-semibold">Default markup or discount (%)</span>
        <input
          name="defaultAdjustmentPercent"
          defaultValue={view.defaultAdjustmentPercent}
          inputMode="decimal"
          required
          className={fieldClass}
        />
        <span className="text-xs text-muted">
          5 is a 5% markup on the list price, -2.5 a 2.5% discount. A product&apos;s override, if set, replaces it.
        </span>
      </label>
      <label className="mt-4 flex max-w-md flex-col gap-1">
        <span className="font-semibold">Savings plans markup or discount (%)</span>
        <input
          name="savingsPlanAdjustmentPercent"
          defaultValue={view.savingsPlanAdjustmentPercent}
          inputMode="decimal"
          required
          className={fieldClass}
        />
        <span className="text-xs text-muted">
          Applies to every savings plan a customer buys, on the list price of its commitment (the hourly amount times
          the hours of its term).
        </span>
      </label>
      <PriceCells view={view} />
      <div className="mt-4" />
    </ActionForm>
  );
}
