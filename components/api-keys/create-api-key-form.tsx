"use client";

import { ActionForm } from "@/components/ui/action-form";
import type { CreatedApiKey } from "@/lib/api-keys/create-api-key";
import type { Result } from "@/lib/result";

const fieldClass = "rounded-sm border border-[#8a8886] px-2 py-1.5";

/** Creates a key; the answer shows its secret this one time, to be copied into the program that will use it. */
export function CreateApiKeyForm({ create }: { create: (formData: FormData) => Promise<Result<CreatedApiKey>> }) {
  return (
    <ActionForm
      action={create}
      aria-label="Create API key"
      successMessage={(key) => (
        <>
          API key {key.name} created. Copy it now: it is shown only this once.{" "}
          <code className="break-all rounded-sm bg-nav px-1.5 py-0.5 font-mono text-[#323130]" aria-label="New API key">
            {key.key}
          </code>
        </>
      )}
      className="mt-3 flex flex-wrap items-end gap-3"
      submitLabel="Create API key"
    >
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Name</span>
        <input name="name" required maxLength={64} placeholder="nightly-sync" className={fieldClass} />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Access</span>
        <select name="accessLevel" defaultValue="read_only" className={fieldClass}>
          <option value="read_only">Read-only</option>
          <option value="full">Full (as an Admin agent)</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-semibold">Expires after</span>
        <select name="expiresInDays" defaultValue="90" className={fieldClass}>
          <option value="30">30 days</option>
          <option value="90">90 days</option>
          <option value="180">180 days</option>
          <option value="365">1 year</option>
        </select>
      </label>
    </ActionForm>
  );
}
