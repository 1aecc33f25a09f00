/**
 * A CSV download streamed as its lines are read, so that a long one never sits in memory: a byte-order mark (so
 * spreadsheet programs read names as UTF-8), then the lines, sent a few hundred at a time as the client takes them.
 */
export function csvDownload(lines: AsyncIterable<string>, fileName: string): Response {
  async function* chunks() {
    yield "\uFEFF";
    let chunk = "";
    let n = 0;
    for await (const line of lines) {
      chunk += line;
      if (++n % 500 === 0) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  const source = chunks();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
