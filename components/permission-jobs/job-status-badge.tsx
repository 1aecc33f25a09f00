import type { PermissionJobStatus } from "@/db/enums";
import { StatusBadge } from "@/components/ui/status-badge";

const tone = { running: "info", completed: "success", cancelled: "warning" } as const;

/** A job's status as a badge: its words come from the caller's translator (server or client). */
export function JobStatusBadge({ status, label }: { status: PermissionJobStatus; label: string }) {
  return <StatusBadge tone={tone[status]}>{label}</StatusBadge>;
}
