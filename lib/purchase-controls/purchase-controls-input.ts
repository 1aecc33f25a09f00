import { z } from "zod";
import { reason, settingsVersion, wholeNumber } from "@/lib/validation";
import { largestControlAmountMinor } from "./purchase-control-rules";

/** An amount of the controls in cents, or null for none: the one definition the form, the API and the seed use. */
const controlAmount = wholeNumber(
  { whole: reason("purchaseControls.errors.amount") },
  { min: 0, max: largestControlAmountMinor },
).nullable();

export const controlValuesInput = z
  .object({
    monthlyLimitMinor: controlAmount,
    approvalAboveMinor: controlAmount,
    /** The version the controls were read at: a save based on values someone has changed since is refused. */
    version: settingsVersion,
  })
  .superRefine((values, context) => {
    // Above the limit, approval could never be asked: every such purchase is refused for the limit first.
    const { monthlyLimitMinor: limit, approvalAboveMinor: above } = values;
    if (limit !== null && above !== null && above > limit) {
      context.addIssue({
        code: "custom",
        path: ["approvalAboveMinor"],
        message: reason("purchaseControls.errors.approvalAboveLimit"),
      });
    }
  });

/** A customer's save: its own values, or back to the partner's defaults (then the values are not kept). */
export const customerControlsInput = z.intersection(
  z.object({ followsDefaults: z.boolean({ message: reason("purchaseControls.errors.followsDefaults") }) }),
  controlValuesInput,
);
