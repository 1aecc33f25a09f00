import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/i18n/describe";
import type { DefaultPurchaseControls as Defaults } from "@/lib/purchase-controls/get-purchase-controls";
import type { ControlsSave } from "@/lib/purchase-controls/set-purchase-controls";
import { ControlAmounts } from "./control-amounts";
import { PurchaseControlsForm } from "./purchase-controls-form";

/** Settings' partner-wide defaults, for every customer without its own: Admin agents edit, everyone else reads. */
export function DefaultPurchaseControls({
  defaults,
  save,
}: {
  defaults: Defaults;
  save: (formData: FormData) => Promise<ActionResult<ControlsSave>>;
}) {
  const t = useTranslations("purchaseControls");
  const values = { monthlyLimitMinor: defaults.monthlyLimitMinor, approvalAboveMinor: defaults.approvalAboveMinor };
  return (
    <section aria-labelledby="purchase-controls-heading" className="mt-6 max-w-3xl rounded-sm border border-line p-5">
      <h2 id="purchase-controls-heading" className="text-lg font-semibold">
        {t("settings.heading")}
      </h2>
      <p className="mt-1 text-muted">{t("settings.intro")}</p>
      {defaults.canEdit ? (
        <PurchaseControlsForm save={save} values={values} version={defaults.version} currency={defaults.currency} />
      ) : (
        <>
          <ControlAmounts values={values} currency={defaults.currency} />
          <p className="mt-3 text-muted">{t("errors.onlyAdmins")}</p>
        </>
      )}
    </section>
  );
}
