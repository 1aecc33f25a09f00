type Tone = "success" | "info" | "warning" | "danger" | "neutral";

const tones: Record<Tone, string> = {
  success: "bg-[#dff6dd] text-success",
  info: "bg-[#deecf9] text-brand-dark",
  warning: "bg-[#fff4ce] text-warning",
  danger: "bg-[#fde7e9] text-danger",
  neutral: "bg-nav text-muted",
};

export function StatusBadge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return <span className={`inline-block rounded-sm px-2 py-0.5 text-xs font-semibold ${tones[tone]}`}>{children}</span>;
}
