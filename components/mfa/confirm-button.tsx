"use client";

import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { Button } from "@/components/ui/button";

type ConfirmButtonProps = {
  label: string;
  /** Words only screen readers hear after the label, to tell one row's button from the next. */
  hint?: string;
  /** The dialog's question, and what saying yes does. */
  title: string;
  explanation: string;
  confirmLabel: string;
  disabled?: boolean;
  onConfirm: () => void;
};

/** A link-like button that asks first, in a modal dialog: for acts that take away a way to sign in. */
export function ConfirmButton({
  label,
  hint,
  title,
  explanation,
  confirmLabel,
  disabled,
  onConfirm,
}: ConfirmButtonProps) {
  const tCommon = useTranslations("common");
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
        className="text-brand hover:underline disabled:opacity-50"
      >
        {label}
        {hint && <span className="sr-only"> {hint}</span>}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-md rounded-sm p-6 shadow-xl backdrop:bg-black/40"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="mt-2">{explanation}</p>
        <div className="mt-4 flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {tCommon("cancel")}
          </Button>
          <Button
            type="button"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
