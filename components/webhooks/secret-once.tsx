"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A signing secret, just made: shown this once in a read-only field, with a Copy button. Partner Console keeps no
 * way to show it again (a lost secret is replaced by rotating it).
 */
export function SecretOnce({ secret, message }: { secret: string; message: string }) {
  const t = useTranslations("webhooks");
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(t("secret.copied"));
    } catch {
      // The clipboard can be refused (permissions, an insecure origin): the secret is selected for a manual copy.
      field.current?.select();
      setCopied(t("secret.copyFailed"));
    }
  }

  return (
    <div className="mt-4 max-w-3xl rounded-sm border border-brand bg-[#deecf9] p-4">
      <p role="status" className="font-semibold">
        {message}
      </p>
      <label htmlFor={`${id}-secret`} className="mt-3 block font-semibold">
        {t("secret.label")}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          ref={field}
          id={`${id}-secret`}
          readOnly
          value={secret}
          onFocus={(event) => event.target.select()}
          className="min-w-0 flex-1 rounded-sm border border-[#8a8886] bg-white px-2 py-1.5 font-mono text-sm"
        />
        <Button type="button" variant="secondary" onClick={copy}>
          {t("secret.copy")}
        </Button>
      </div>
      <p role="status" className="mt-2 text-success empty:hidden">
        {copied}
      </p>
    </div>
  );
}
