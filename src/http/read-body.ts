import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {}

/** The body's bytes are not UTF-8: refused, rather than stored with U+FFFD in place of what was sent. */
export class BodyNotUtf8Error extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a request body up to `limit` bytes; larger bodies are refused, not buffered. */
export async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  try {
    return utf8.decode(Buffer.concat(chunks));
  } catch {
    throw new BodyNotUtf8Error();
  }
}
