import { z } from "zod";
import { permissionJobRequest } from "@/lib/permission-jobs/permission-job-input";
import type { ApiOperation } from "./operations";
import {
  permissionJobOutcomeResource,
  permissionJobOutcomesQuery,
  permissionJobPreviewResource,
  permissionJobResource,
} from "./permission-jobs-api";
import { collection } from "./resources";

const jobId = { schema: z.guid(), description: "The job's id, as starting it answered." };

const requestBody = permissionJobRequest.meta({ id: "PermissionJobRequest" });

const example = {
  resource: "AzureReservedInstances",
  enabled: true,
  selection: { customerIds: ["00000000-0000-4000-8000-000000000000"] },
};

const selectionNote =
  'The selection is `{ "customerIds": [...] }` (1 to 1,000 customers picked by Microsoft ID) or `{ "search": "..." }` (every customer the customer list\'s search finds; `""` for all customers).';

/** The bulk permission jobs of the partner API (lib/api/operations.ts lists them with the rest). */
export const permissionJobOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/permissionJobs/preview",
    operationId: "previewPermissionJob",
    summary: "Preview a bulk permission change",
    description: `How many of the selected customers a job would change, how many already have the state asked for, and which cannot have it and why. Nothing is written. ${selectionNote}`,
    tag: "Bulk permission jobs",
    body: requestBody,
    example,
    success: { status: 200, description: "What the job would do.", schema: permissionJobPreviewResource },
    refusals: [400, 403, 404],
  },
  {
    method: "post",
    path: "/api/v1/permissionJobs",
    operationId: "startPermissionJob",
    summary: "Start a bulk permission change",
    description: `Turns one permission on or off for every selected customer, as a job the server works through (Admin agents and full keys only). Each customer is decided again when its turn comes, changed at most once, with its own Activity log entry; the job carries on after a server restart. The Idempotency-Key header is required: the same key with the same request answers the job it started, with another request 422. ${selectionNote}`,
    tag: "Bulk permission jobs",
    idempotent: true,
    body: requestBody,
    example,
    success: { status: 201, description: "The job, running.", schema: permissionJobResource },
    refusals: [400, 403, 404, 422],
  },
  {
    method: "get",
    path: "/api/v1/permissionJobs",
    operationId: "listPermissionJobs",
    summary: "List bulk permission jobs",
    description: "The partner's latest 100 jobs, newest first: who started each, when, for what, and its counts.",
    tag: "Bulk permission jobs",
    success: {
      status: 200,
      description: "The jobs.",
      schema: collection(permissionJobResource, "PermissionJobCollection"),
    },
    refusals: [403],
  },
  {
    method: "get",
    path: "/api/v1/permissionJobs/{jobId}",
    operationId: "getPermissionJob",
    summary: "Get a bulk permission job and its progress",
    tag: "Bulk permission jobs",
    pathParameters: { jobId },
    success: { status: 200, description: "The job.", schema: permissionJobResource },
    refusals: [403, 404],
  },
  {
    method: "post",
    path: "/api/v1/permissionJobs/{jobId}/cancel",
    operationId: "cancelPermissionJob",
    summary: "Cancel a bulk permission job",
    description:
      "Admin agents and full keys only. The customers already done keep their change; the waiting ones are left as they are. 409 when the job has already finished.",
    tag: "Bulk permission jobs",
    pathParameters: { jobId },
    success: { status: 200, description: "The job, cancelled.", schema: permissionJobResource },
    refusals: [403, 404, 409],
  },
  {
    method: "get",
    path: "/api/v1/permissionJobs/{jobId}/customers",
    operationId: "listPermissionJobOutcomes",
    summary: "List what a job did for each customer",
    description:
      "Every customer of the job with its outcome (null while waiting), in a stable order. Continue with the `continuationToken` (or the `MS-ContinuationToken` header) of the previous page.",
    tag: "Bulk permission jobs",
    pathParameters: { jobId },
    query: permissionJobOutcomesQuery,
    success: {
      status: 200,
      description: "A page of outcomes.",
      schema: collection(permissionJobOutcomeResource, "PermissionJobOutcomeCollection"),
    },
    refusals: [400, 403, 404],
  },
];
