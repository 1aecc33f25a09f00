import { describe, expect, it } from "vitest";
import { GET as getJob } from "@/app/api/v1/permissionJobs/[jobId]/route";
import { POST as cancelJob } from "@/app/api/v1/permissionJobs/[jobId]/cancel/route";
import { GET as listOutcomes } from "@/app/api/v1/permissionJobs/[jobId]/customers/route";
import { POST as previewJob } from "@/app/api/v1/permissionJobs/preview/route";
import { GET as listJobs, POST as startJob } from "@/app/api/v1/permissionJobs/route";
import { customerTenantId, demo, grantedResources } from "@/testing/fixtures";
import { apiRequest as request, programKey } from "@/testing/api-requests";
import {
  permissionJobOutcomeResource,
  permissionJobPreviewResource,
  permissionJobResource,
} from "./permission-jobs-api";

const noParams = { params: Promise.resolve({}) };
const forJob = (jobId: string) => ({ params: Promise.resolve({ jobId }) });

/** Reads the job until its runner (woken by the start) has finished it. */
async function finished(key: string, jobId: string) {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline;) {
    const job = await (await getJob(request(key, "GET", `/permissionJobs/${jobId}`), forJob(jobId))).json();
    if (job.status !== "running") return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Job ${jobId} did not finish within 20 s`);
}

describe("the bulk permission jobs API", () => {
  it("previews, starts once per Idempotency-Key, reports progress and pages through each customer's outcome", async () => {
    const key = await programKey();
    const picked = await Promise.all(
      ["Wingtip Toys", "Tailspin Toys", "Northwind Traders", "Litware, Inc.", "Fourth Coffee"].map(customerTenantId),
    );
    const body = { resource: "AzureReservedInstances", enabled: true, selection: { customerIds: picked } };

    const preview = await previewJob(request(key, "POST", "/permissionJobs/preview", body), noParams);
    expect(preview.status).toBe(200);
    const forecast = permissionJobPreviewResource.parse(await preview.json());
    expect(forecast).toMatchObject({ total: 5, willChange: 2, unchanged: 1 });
    expect(
      forecast.cannot.map(({ reason, count, customers }) => [reason.code, count, customers.length]).sort(),
    ).toEqual([
      ["azurePlanNotActive", 1, 1],
      ["noAzurePlan", 1, 1],
    ]);
    expect(forecast.cannot[0].reason.description).toMatch(/[A-Z]/);

    const withoutKey = await startJob(request(key, "POST", "/permissionJobs", body), noParams);
    expect(withoutKey.status).toBe(400);
    expect(await withoutKey.json()).toMatchObject({ error: "invalid_input" });

    const idempotencyKey = crypto.randomUUID();
    const start = () =>
      startJob(request(key, "POST", "/permissionJobs", body, { "idempotency-key": idempotencyKey }), noParams);
    const started = await start();
    expect(started.status).toBe(201);
    const job = permissionJobResource.parse(await started.json());
    expect(job).toMatchObject({ resource: "AzureReservedInstances", enabled: true, search: null, pickedCount: 5 });
    expect(job.startedBy.email).toBe(demo.contosoAdmin);
    const again = await start();
    expect((await again.json()).id).toBe(job.id);

    const done = permissionJobResource.parse(await finished(key, job.id));
    expect(done).toMatchObject({
      status: "completed",
      secondsLeft: null,
      counts: { total: 5, changed: 2, unchanged: 1, skipped: 2, failed: 0, waiting: 0 },
    });
    expect(await grantedResources("Wingtip Toys")).toContain("AzureReservedInstances");

    const list = await (await listJobs(request(key, "GET", "/permissionJobs"), noParams)).json();
    expect(list.items.filter((item: { id: string }) => item.id === job.id)).toHaveLength(1);

    // Two pages of three, continued by token: each customer once.
    const firstPage = await (
      await listOutcomes(request(key, "GET", `/permissionJobs/${job.id}/customers?size=3`), forJob(job.id))
    ).json();
    expect(firstPage.items).toHaveLength(3);
    const secondPage = await (
      await listOutcomes(
        request(key, "GET", `/permissionJobs/${job.id}/customers?size=3`, undefined, {
          "ms-continuationtoken": firstPage.continuationToken,
        }),
        forJob(job.id),
      )
    ).json();
    expect(secondPage.continuationToken).toBeUndefined();
    const outcomes = [...firstPage.items, ...secondPage.items].map((item) => permissionJobOutcomeResource.parse(item));
    expect(outcomes.map((o) => o.customerId).sort()).toEqual([...picked].sort());
    const litware = outcomes.find((o) => o.customerId === picked[3])!;
    expect(litware).toMatchObject({ outcome: "skipped", reason: { code: "azurePlanNotActive" } });

    const late = await cancelJob(request(key, "POST", `/permissionJobs/${job.id}/cancel`), forJob(job.id));
    expect(late.status).toBe(409);
  });

  it("refuses a read-only key a start, and another partner's key the job", async () => {
    const admin = await programKey();
    const body = {
      resource: "AzureSavingsPlan",
      enabled: true,
      selection: { customerIds: [await customerTenantId("Wingtip Toys")] },
    };
    const readOnly = await startJob(
      request(await programKey(demo.contosoAdmin, "read_only"), "POST", "/permissionJobs", body, {
        "idempotency-key": crypto.randomUUID(),
      }),
      noParams,
    );
    expect(readOnly.status).toBe(403);

    const started = await startJob(
      request(admin, "POST", "/permissionJobs", body, { "idempotency-key": crypto.randomUUID() }),
      noParams,
    );
    const { id } = await started.json();
    await finished(admin, id);
    const fabrikam = await programKey(demo.fabrikamAdmin);
    expect((await getJob(request(fabrikam, "GET", `/permissionJobs/${id}`), forJob(id))).status).toBe(404);
    expect((await listOutcomes(request(fabrikam, "GET", `/permissionJobs/${id}/customers`), forJob(id))).status).toBe(
      404,
    );
  });
});
