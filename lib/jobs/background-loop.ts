/**
 * Work a server process does in the background, such as jobs and deliveries that live in the database: woken when there
 * may be some (something was just queued here, or a timer ticked), never running twice at once in a process, and run
 * once more when woken while it ran. Only the scheduling of this process's own loop is kept here; what there is to do,
 * and which process holds it, is in the database.
 */
export function backgroundLoop(work: () => Promise<unknown>, whenItFails: string): () => void {
  let working = false;
  let wokenMeanwhile = false;
  return function wake() {
    if (working) {
      wokenMeanwhile = true;
      return;
    }
    working = true;
    void (async () => {
      do {
        wokenMeanwhile = false;
        try {
          await work();
        } catch (error) {
          console.error(whenItFails, error);
        }
      } while (wokenMeanwhile);
      working = false;
    })();
  };
}

/** Wakes the loop now, then every `everyMs`, for as long as the process runs. */
export function startBackgroundLoop(wake: () => void, everyMs: number): void {
  wake();
  setInterval(wake, everyMs).unref();
}
