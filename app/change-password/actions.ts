"use server";

import { changePassword } from "@/lib/auth/change-password";
import { getSession } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";

export async function changePasswordAction(formData: FormData) {
  return inReadersWords(
    changePassword(await getSession(), {
      currentPassword: formData.get("currentPassword"),
      newPassword: formData.get("newPassword"),
      confirmPassword: formData.get("confirmPassword"),
    }),
  );
}
