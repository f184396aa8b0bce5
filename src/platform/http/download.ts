import type { FastifyReply } from 'fastify';

export type Download = {
  /** e.g. 'application/pdf', 'text/csv; charset=utf-8' */
  type: string;
  filename: string;
  body: Buffer | string;
  /** Shown in the browser (a PDF) rather than saved (a CSV). */
  inline?: boolean;
};

/**
 * Sends a private document (a receipt, a statement, a bank file): never cached on the way, named
 * for saving, and never sniffed into another type.
 */
export function sendDownload(reply: FastifyReply, d: Download) {
  return reply
    .type(d.type)
    .header('cache-control', 'private, no-store')
    .header(
      'content-disposition',
      `${d.inline ? 'inline' : 'attachment'}; filename="${d.filename.replace(/["\\\r\n]/g, '')}"`,
    )
    .header('x-content-type-options', 'nosniff')
    .send(d.body);
}
