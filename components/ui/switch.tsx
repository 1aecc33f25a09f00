"use client";

import { useTranslations } from "next-intl";

type SwitchProps = {
  id?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  busy?: boolean;
  "aria-labelledby"?: string;
  "aria-describedby"?: string;
};

/** A Fluent-style toggle with the ARIA switch role; the On/Off text beside it is not part of its name. */
export function Switch({ checked, onChange, disabled, busy, ...aria }: SwitchProps) {
  const t = useTranslations("common");
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-busy={busy || undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
        {...aria}
        className={`relative h-5 w-10 rounded-full border transition-colors disabled:cursor-not-allowed disabled:opacity-50 ${
          checked ? "border-brand bg-brand" : "border-[#605e5c] bg-white"
        }`}
      >
        <span
          aria-hidden
          className={`absolute top-1/2 h-3 w-3 -translate-y-1/2 rounded-full transition-all ${
            checked ? "left-[22px] bg-white" : "left-[3px] bg-[#605e5c]"
          }`}
        />
      </button>
      <span aria-hidden className="min-w-6">
        {checked ? t("on") : t("off")}
      </span>
    </span>
  );
}
