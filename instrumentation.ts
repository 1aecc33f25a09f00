export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDatabase } = await import("./db/prepare-database");
    await prepareDatabase();
    const { startScheduledJobs } = await import("./lib/jobs/scheduled-jobs");
    startScheduledJobs();
  }
}
