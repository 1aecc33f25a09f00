import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { TableHead } from "@/components/ui/table-head";
import type { ActionResult } from "@/lib/i18n/describe";
import { formatMoney } from "@/lib/money";
import type { PricingView } from "@/lib/pricing/pricing-view";
import { decimalAsTyped } from "@/lib/pricing/typed-decimal";

const fieldClass = "w-24 rounded-sm border border-[#8a8886] px-2 py-1";

function PriceCells({ view }: { view: PricingView }) {
  const t = useTranslations("pricing");
  const terms = useTranslations("savingsPlans");
  const format = useFormatter();
  const locale = useLocale();
  const money = (amountMinor: number) => formatMoney(amountMinor, view.currency, locale);
  return (
    <table className="mt-4 w-full border-collapse text-left">
      <TableHead
        columns={[
          t("columns.product"),
          t("columns.override"),
          t("columns.term"),
          t("columns.listPrice"),
          t("columns.customerPrice"),
          t("columns.margin"),
        ]}
      />
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
                      {t("categoryUnit", { category: t(`category.${row.category}`), unit: t(`unit.${row.unit}`) })}
                    </span>
                  </th>
                  <td rowSpan={row.prices.length} className="py-2 pr-4 align-top">
                    {view.viewerCanChange ? (
                      <input
                        name={`override:${row.catalogItemId}`}
                        aria-label={t("overrideFor", { product: row.name })}
                        defaultValue={row.overridePercent === null ? "" : decimalAsTyped(row.overridePercent, locale)}
                        placeholder={t("followsDefault")}
                        inputMode="decimal"
                        className={fieldClass}
                      />
                    ) : row.overridePercent === null ? (
                      t("followsDefault")
                    ) : (
                      format.number(row.overridePercent)
                    )}
                  </td>
                </>
              )}
              <td className="py-1 pr-4">{terms(`term.${price.term}`)}</td>
              <td className="py-1 pr-4">{money(price.listMinor)}</td>
              <td className="py-1 pr-4">{money(price.customerMinor)}</td>
              <td className={`py-1 pr-4 ${price.marginMinor < 0 ? "text-danger" : ""}`}>{money(price.marginMinor)}</td>
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
  save: ((formData: FormData) => Promise<ActionResult<unknown>>) | null;
}) {
  const t = useTranslations("pricing");
  const locale = useLocale();
  if (!save) {
    return (
      <>
        <p className="mt-4">
          {t.rich("summary", {
            reservations: view.defaultAdjustmentPercent,
            savingsPlans: view.savingsPlanAdjustmentPercent,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <PriceCells view={view} />
      </>
    );
  }
  return (
    <ActionForm action={save} successMessage={t("saved")} submitLabel={t("save")} className="mt-4">
      <input type="hidden" name="version" value={view.version} />
      <label className="flex max-w-md flex-col gap-1">
        <span className="font-semibold">{t("defaultAdjustment")}</span>
        <input
          name="defaultAdjustmentPercent"
          defaultValue={decimalAsTyped(view.defaultAdjustmentPercent, locale)}
          inputMode="decimal"
          required
          className={fieldClass}
        />
        <span className="text-xs text-muted">{t("defaultAdjustmentHint")}</span>
      </label>
      <label className="mt-4 flex max-w-md flex-col gap-1">
        <span className="font-semibold">{t("savingsPlanAdjustment")}</span>
        <input
          name="savingsPlanAdjustmentPercent"
          defaultValue={decimalAsTyped(view.savingsPlanAdjustmentPercent, locale)}
          inputMode="decimal"
          required
          className={fieldClass}
        />
        <span className="text-xs text-muted">{t("savingsPlanAdjustmentHint")}</span>
      </label>
      <PriceCells view={view} />
      <div className="mt-4" />
    </ActionForm>
  );
}
