import { z } from "zod";
import { azureRoles } from "@/db/schema";
import { microsoftId, reason } from "@/lib/validation";

/** A role assignment is named by its subscription, its customer user and its role, as in Azure's IAM. */
export const roleAssignmentInput = z.object({
  subscriptionId: microsoftId,
  userId: microsoftId,
  role: z.enum(azureRoles, { message: reason("accessControl.errors.roleInvalid") }),
});
