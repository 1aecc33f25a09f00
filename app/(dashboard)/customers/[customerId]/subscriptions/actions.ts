"use server";

import { getActorRef } from "@/lib/auth/current-actor";
import { inReadersWords } from "@/lib/i18n/server";
import { addRoleAssignment } from "@/lib/role-assignments/add-role-assignment";
import { removeRoleAssignment } from "@/lib/role-assignments/remove-role-assignment";
import { purchaseAzurePlan } from "@/lib/subscriptions/purchase-azure-plan";
import { setSubscriptionStatus } from "@/lib/subscriptions/set-subscription-status";
import { afterCustomerChange } from "../../after-customer-change";

// Doors onto the use cases: they pass who is asking and what the form said, nothing more, and answer a refusal
// in the reader's words.

export async function purchaseAzurePlanAction(formData: FormData) {
  return inReadersWords(
    afterCustomerChange(
      await purchaseAzurePlan(await getActorRef(), {
        customerId: formData.get("customerId"),
        idempotencyKey: formData.get("idempotencyKey"),
      }),
    ),
  );
}

export async function setSubscriptionStatusAction(formData: FormData) {
  return inReadersWords(
    afterCustomerChange(
      await setSubscriptionStatus(await getActorRef(), {
        subscriptionId: formData.get("subscriptionId"),
        status: formData.get("status"),
      }),
    ),
  );
}

function roleAssignmentFields(formData: FormData) {
  return { subscriptionId: formData.get("subscriptionId"), userId: formData.get("userId"), role: formData.get("role") };
}

export async function addRoleAssignmentAction(formData: FormData) {
  return inReadersWords(
    afterCustomerChange(await addRoleAssignment(await getActorRef(), roleAssignmentFields(formData))),
  );
}

export async function removeRoleAssignmentAction(formData: FormData) {
  return inReadersWords(
    afterCustomerChange(await removeRoleAssignment(await getActorRef(), roleAssignmentFields(formData))),
  );
}
