import type { ReactNode } from "react";

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

export type FilterOption = { value: string; label: string };

function FilterField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      {children}
    </label>
  );
}

/** One filter of a GET form's list: a labelled choice, "all" (no filter) first when `allLabel` is given. */
export function FilterSelect({
  label,
  name,
  defaultValue,
  allLabel,
  options,
}: {
  label: string;
  name: string;
  defaultValue: string;
  allLabel?: string;
  options: FilterOption[];
}) {
  return (
    <FilterField label={label}>
      <select name={name} defaultValue={defaultValue} className={fieldClass}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

/** A labelled text, search or date filter of a GET form's list. */
export function FilterInput({
  label,
  name,
  type,
  defaultValue,
  placeholder,
}: {
  label: string;
  name: string;
  type: "search" | "date";
  defaultValue: string;
  placeholder?: string;
}) {
  return (
    <FilterField label={label}>
      <input type={type} name={name} defaultValue={defaultValue} placeholder={placeholder} className={fieldClass} />
    </FilterField>
  );
}
