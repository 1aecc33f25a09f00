import { z } from "zod";
import { reason } from "@/lib/validation";
import { passwordMaxLength } from "./password-policy";

/** A password as every door takes it (sign-in, change password): bounded by the policy's limit before scrypt runs. */
export const passwordInput = z.string().max(passwordMaxLength, reason("auth.errors.passwordTooLong"));
