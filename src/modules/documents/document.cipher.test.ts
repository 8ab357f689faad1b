import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { BlobDecryptionError, CHUNK_BYTES, decryptingStream, encryptingStream, newDataKey, sealedSize } from './document.cipher.js';

const ID = '01930000-0000-7000-8000-000000000001';

/** Streams `bytes` in pieces of `piece` bytes, as a socket delivers them. */
const pieces = (bytes: Buffer, piece: number) => Readable.from(Array.from({ length: Math.ceil(bytes.length / piece) }, (_, i) => bytes.subarray(i * piece, (i + 1) * piece)));

async function through(stream: NodeJS.ReadWriteStream, bytes: Buffer, piece = 1000): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(pieces(bytes, piece), stream, async function* (source) {
    for await (const chunk of source) out.push(chunk as Buffer);
  });
  return Buffer.concat(out);
}

describe('the document blob cipher', () => {
  it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES + 17])('opens what it sealed, %i bytes, to the size it announced', async (size) => {
    const key = newDataKey();
    const plain = randomBytes(size);
    const sealed = await through(encryptingStream(key, ID), plain, 7000);
    expect(sealed.length).toBe(sealedSize(size));
    expect(await through(decryptingStream(key, ID), sealed, 5000)).toEqual(plain);
  });

  it('holds no plaintext', async () => {
    const plain = Buffer.from('%PDF-1.4 Решение суда по делу '.repeat(100));
    const sealed = await through(encryptingStream(newDataKey(), ID), plain);
    expect(sealed.includes(Buffer.from('Решение'))).toBe(false);
    expect(sealed.includes(Buffer.from('%PDF'))).toBe(false);
  });

  const refused = async (sealed: Buffer, key: Buffer, id = ID) => expect(through(decryptingStream(key, id), sealed)).rejects.toBeInstanceOf(BlobDecryptionError);

  it('refuses another key, another document, an altered byte, a blob cut short at a chunk or inside one', async () => {
    const key = newDataKey();
    const sealed = await through(encryptingStream(key, ID), randomBytes(2 * CHUNK_BYTES + 10));
    await refused(sealed, newDataKey());
    await refused(sealed, key, '01930000-0000-7000-8000-000000000002');
    const altered = Buffer.from(sealed);
    altered[altered.length - 40]! ^= 1;
    await refused(altered, key);
    // Cut after the first two whole chunks: the second was not sealed as the last.
    await refused(sealed.subarray(0, 11 + 2 * (CHUNK_BYTES + 16)), key);
    await refused(sealed.subarray(0, sealed.length - 3), key);
    await refused(sealed.subarray(0, 5), key);
  });

  it('releases nothing of a chunk that fails', async () => {
    const key = newDataKey();
    const sealed = Buffer.from(await through(encryptingStream(key, ID), randomBytes(100)));
    sealed[20]! ^= 1;
    const stream = decryptingStream(key, ID);
    const out = buffer(stream).catch(() => 'failed');
    stream.end(sealed);
    expect(await out).toBe('failed');
  });
});
