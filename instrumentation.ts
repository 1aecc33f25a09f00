export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The production server answers requests that cannot reach the database with these words (503), and all requests
    // with them until the database is ready (server/request-watch.mjs).
    const { requestWatch } = await import("./server/request-watch.mjs");
    const { databaseUnavailableAnswer } = await import("./lib/http/database-unavailable");
    const watch = requestWatch();
    watch.databaseUnavailableAnswer = databaseUnavailableAnswer;
    watch.waitingForDatabase = true;
    const { prepareDatabase } = await import("./db/prepare-database");
    await prepareDatabase();
    watch.waitingForDatabase = false;
    const { startScheduledJobs } = await import("./lib/jobs/scheduled-jobs");
    startScheduledJobs();
  }
}
