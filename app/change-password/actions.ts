"use server";

import { changePassword } from "@/lib/auth/change-password";
import { getSession } from "@/lib/auth/current-actor";

export async function changePasswordAction(formData: FormData) {
  return changePassword(await getSession(), {
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  });
}
