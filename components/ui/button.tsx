import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary";

const variants: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark disabled:bg-[#c8c6c4]",
  secondary: "border border-[#8a8886] bg-white hover:bg-nav disabled:text-[#a19f9d]",
};

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      {...props}
      className={`inline-flex items-center justify-center rounded-sm px-4 py-1.5 font-semibold disabled:cursor-not-allowed ${variants[variant]} ${className}`}
    />
  );
}

/** A link styled as a button, for actions that are plain navigation (an export, a filter reset). */
export const buttonLinkClass = `inline-flex items-center justify-center rounded-sm px-4 py-1.5 font-semibold ${variants.secondary}`;
