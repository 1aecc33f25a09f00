export const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/** A count as typed: the server takes digits and nothing else (Number() would read "0x1" or "1e1" as a count). */
export function QuantityField({
  label,
  value,
  onChange,
  max,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** How many there are to give back, when the count is of those. */
  max?: number;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <input
        type="number"
        min={1}
        max={max}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${fieldClass} w-28`}
      />
    </label>
  );
}

/** One of a few options, each chosen by its id and read by its name. */
export function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { id: string; name: string }[];
  onChange: (id: string) => void;
}) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-semibold">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className={fieldClass}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
