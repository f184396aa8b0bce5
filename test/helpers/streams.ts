import type { HttpApp } from '../../src/platform/http/types.ts';

export type SseEvent = { event: string; data: unknown };

/** One open notification stream over a real socket, read event by event. */
export class EventStream {
  readonly events: SseEvent[] = [];
  ended = false;
  private buffer = '';
  private readonly decoder = new TextDecoder();
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;

  constructor(
    readonly response: Response,
    private readonly controller: AbortController,
  ) {
    this.reader = response.body!.getReader();
  }

  /** Reads until an event matches (returned) or the server ends the stream (undefined). */
  async waitFor(match: (e: SseEvent) => boolean): Promise<SseEvent | undefined> {
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      if (this.ended) return undefined;
      const { value, done } = await this.reader.read();
      if (done) {
        this.ended = true;
        continue;
      }
      this.buffer += this.decoder.decode(value, { stream: true });
      let end: number;
      while ((end = this.buffer.indexOf('\n\n')) >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) this.events.push({ event, data: JSON.parse(data) });
      }
    }
  }

  /** The `closed` event the server sent before ending the stream, and that it did end. */
  async closedReason(): Promise<string | undefined> {
    const closed = await this.waitFor((e) => e.event === 'closed');
    await this.waitFor(() => false); // to the end of the stream
    return (closed?.data as { reason?: string } | undefined)?.reason;
  }

  close() {
    this.controller.abort();
  }
}

/** Trades an access token for a ticket on `app` and opens the stream on `baseUrl`. */
export async function openNotificationStream(
  app: HttpApp,
  baseUrl: string,
  auth: { authorization: string },
): Promise<EventStream> {
  const ticket = await app.inject({
    method: 'POST',
    url: '/api/v1/notifications/stream-ticket',
    headers: auth,
  });
  if (ticket.statusCode !== 200) throw new Error(`ticket: ${ticket.statusCode} ${ticket.body}`);
  const controller = new AbortController();
  const res = await fetch(
    `${baseUrl}/api/v1/notifications/stream?ticket=${ticket.json().ticket as string}`,
    { signal: controller.signal },
  );
  if (res.status !== 200) throw new Error(`stream: ${res.status}`);
  const stream = new EventStream(res, controller);
  await stream.waitFor((e) => e.event === 'unread');
  return stream;
}
