import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/i18n/describe";
import type { CustomerPurchaseControls as Controls } from "@/lib/purchase-controls/get-purchase-controls";
import type { ControlsSave } from "@/lib/purchase-controls/set-purchase-controls";
import { ControlAmounts, useControlAmount } from "./control-amounts";
import { PurchaseControlsForm } from "./purchase-controls-form";

/**
 * The Account page's purchase controls: what this month's own purchases used of the limit that applies, then the
 * controls, editable by Admin agents and read-only for everyone else (the server refuses them anyway).
 */
export function CustomerPurchaseControls({
  customerId,
  controls,
  save,
}: {
  customerId: string;
  controls: Controls;
  save: (formData: FormData) => Promise<ActionResult<ControlsSave>>;
}) {
  const t = useTranslations("purchaseControls");
  const amount = useControlAmount(controls.currency);
  const { month } = controls;
  return (
    <section aria-labelledby="purchase-controls-heading" className="mt-8 border-t border-line pt-6">
      <h2 id="purchase-controls-heading" className="text-lg font-semibold">
        {t("account.heading")}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{t("account.intro")}</p>
      <p className="mt-3">
        {month.monthlyLimitMinor === null
          ? t("account.usedNoLimit", { used: amount(month.usedMinor) })
          : t("account.usedOfLimit", {
              used: amount(month.usedMinor),
              limit: amount(month.monthlyLimitMinor),
              left: amount(month.leftMinor),
            })}
      </p>
      {controls.canEdit ? (
        <PurchaseControlsForm
          save={save}
          values={controls.own}
          version={controls.version}
          currency={controls.currency}
          customer={{ id: customerId, followsDefaults: controls.followsDefaults, defaults: controls.defaults }}
        />
      ) : (
        <>
          <p className="mt-3">{controls.followsDefaults ? t("account.followsDefaultsNow") : t("account.ownNow")}</p>
          {/* The month's controls are the ones that apply: the customer's own, or the defaults it follows. */}
          <ControlAmounts values={month} currency={controls.currency} />
          <p className="mt-3 text-muted">{t("errors.onlyAdmins")}</p>
        </>
      )}
    </section>
  );
}
