import { ServerResponse } from "node:http";
import { requestWatch } from "./request-watch.mjs";

/**
 * Answers 503 with the app's own words for a database that cannot be reached (lib/http/database-unavailable.ts): the
 * API's error shape, or a plain page. False when the app has not given its words yet (it does first thing on start).
 *
 * @param {import("node:http").IncomingMessage} request
 * @param {ServerResponse} response
 * @param {Record<string, string>} headers the security headers every answer carries
 */
export function sendDatabaseUnavailable(request, response, headers) {
  const answer = requestWatch().databaseUnavailableAnswer;
  if (!answer) return false;
  const { status, headers: own, body } = answer(request.url ?? "/", request.headers["accept-language"]);
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  // The prototype's own methods: answerDatabaseUnavailable below replaces the response's.
  ServerResponse.prototype.writeHead.call(response, status, { ...headers, ...own });
  ServerResponse.prototype.end.call(response, body);
  return true;
}

/**
 * Next.js answers a request whose rendering failed with its own 500 page, and a page cannot set its status. When what
 * failed was reaching the database (noted in `watched` by the database layer, server/request-watch.mjs), that 500
 * becomes the 503 (an answer the app chose itself, /api/health's 503 say, is left alone): taken over when Next.js starts to answer, before anything of its answer is sent; whatever
 * Next.js writes after that is dropped.
 *
 * @param {import("node:http").IncomingMessage} request
 * @param {ServerResponse} response
 * @param {import("./request-watch.mjs").WatchedRequest} watched
 * @param {Record<string, string>} headers the security headers every answer carries
 */
export function answerDatabaseUnavailable(request, response, watched, headers) {
  const { writeHead, write, end } = response;
  let takenOver = false;
  /** @param {number} status */
  const takeOver = (status) => {
    if (!takenOver && status === 500 && watched.databaseUnavailable && !response.headersSent) {
      takenOver = sendDatabaseUnavailable(request, response, headers);
    }
    return takenOver;
  };
  response.writeHead = /** @type {typeof writeHead} */ (
    function (status, ...rest) {
      return takeOver(status) ? response : writeHead.call(response, status, ...rest);
    }
  );
  response.write = /** @type {typeof write} */ (
    function (...args) {
      return takeOver(response.statusCode) ? true : write.apply(response, /** @type {any} */ (args));
    }
  );
  response.end = /** @type {typeof end} */ (
    function (...args) {
      if (!takeOver(response.statusCode)) return end.apply(response, /** @type {any} */ (args));
      const done = args.find((arg) => typeof arg === "function");
      if (done) response.once("finish", done);
      return response;
    }
  );
}
