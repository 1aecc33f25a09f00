import path from "node:path";

/**
 * A path inside the folder Partner Console is installed in, where its own files are (the committed migrations). The
 * production server names that folder (server/server.mjs sets PARTNER_CONSOLE_APP_DIR), so it may be started from any
 * working directory, which keeps this machine's own data (data/); tools npm starts (scripts, tests, `next dev`) run in
 * the app's folder anyway.
 */
export function appPath(...segments: string[]): string {
  // The server reads these files where they are installed: nothing for the build to trace.
  return path.join(/*turbopackIgnore: true*/ process.env.PARTNER_CONSOLE_APP_DIR || process.cwd(), ...segments);
}
