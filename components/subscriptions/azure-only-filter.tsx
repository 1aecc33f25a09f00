"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

/** The article's "look for any usage-based subscriptions for either Azure Plan or Azure Global", as a filter. */
export function AzureOnlyFilter({ checked }: { checked: boolean }) {
  const t = useTranslations("subscriptions");
  const router = useRouter();
  const pathname = usePathname();
  return (
    <label className="mt-4 flex items-center gap-2">
      <input
        type="checkbox"
        // Uncontrolled, so the box ticks at once while the filtered page loads.
        defaultChecked={checked}
        onChange={(event) => router.push(event.target.checked ? `${pathname}?show=azure` : pathname)}
        className="h-4 w-4 accent-brand"
      />
      {t("azureOnlyFilter")}
    </label>
  );
}
