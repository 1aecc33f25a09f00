import { NextResponse } from "next/server";
import { httpStatusOf, type Failure } from "@/lib/result";

/** A refusal as JSON, with the HTTP status its code carries in the error table. */
export function refusal(failure: Failure): NextResponse {
  return NextResponse.json(failure, { status: httpStatusOf(failure.error) });
}
