"use server";

import { headers } from "next/headers";
import { changePassword } from "@/lib/auth/change-password";
import { getSession } from "@/lib/auth/current-actor";
import { clientAddressOf } from "@/lib/http/client-address";
import { inReadersWords } from "@/lib/i18n/server";

export async function changePasswordAction(formData: FormData) {
  return inReadersWords(
    changePassword(
      await getSession(),
      {
        currentPassword: formData.get("currentPassword"),
        newPassword: formData.get("newPassword"),
        confirmPassword: formData.get("confirmPassword"),
      },
      // Named in the Sign-in Lockout entry when wrong current passwords lock the account.
      { clientAddress: clientAddressOf(await headers()) },
    ),
  );
}
