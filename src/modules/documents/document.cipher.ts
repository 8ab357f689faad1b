import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * A document's bytes, encrypted as a stream: AES-256-GCM over chunks of 64 KiB, each with its own
 * tag, so a download releases only bytes already authenticated and no file is held in memory.
 * The nonce of a chunk is a random prefix (in the header), the chunk's number and a last-chunk
 * flag; the header and the document's id are bound in as associated data. A blob cut short, with
 * chunks reordered or moved to another document, or altered in any byte, does not open.
 *
 *   blob = MAGIC (4) | prefix (7) | chunk… ; chunk = ciphertext (≤ 64 KiB) | tag (16)
 *
 * Each document has a key of its own (`newDataKey`), kept sealed in its row: see document.entity.ts.
 */

const MAGIC = Buffer.from('SHD1');
const PREFIX_BYTES = 7;
const HEADER_BYTES = MAGIC.length + PREFIX_BYTES;
const TAG_BYTES = 16;
export const CHUNK_BYTES = 64 * 1024;
const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;

export class BlobDecryptionError extends Error {
  constructor(reason: string) {
    super(`The document's blob does not open: ${reason}`);
    this.name = 'BlobDecryptionError';
  }
}

export const newDataKey = (): Buffer => randomBytes(32);

/** The stored size of a file of `plainBytes`: what an S3 PUT announces before the bytes exist. */
export function sealedSize(plainBytes: number): number {
  const chunks = Math.max(1, Math.ceil(plainBytes / CHUNK_BYTES));
  return HEADER_BYTES + plainBytes + chunks * TAG_BYTES;
}

function nonce(prefix: Buffer, index: number, last: boolean): Buffer {
  const value = Buffer.alloc(12);
  prefix.copy(value, 0);
  value.writeUInt32BE(index, PREFIX_BYTES);
  value[11] = last ? 1 : 0;
  return value;
}

const associatedData = (header: Buffer, documentId: string) => Buffer.concat([header, Buffer.from(documentId, 'utf8')]);

function sealChunk(key: Buffer, header: Buffer, documentId: string, index: number, last: boolean, plain: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonce(header.subarray(MAGIC.length), index, last), { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(header, documentId));
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

function openChunk(key: Buffer, header: Buffer, documentId: string, index: number, last: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_BYTES) throw new BlobDecryptionError('cut short');
  const decipher = createDecipheriv('aes-256-gcm', key, nonce(header.subarray(MAGIC.length), index, last), { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedData(header, documentId));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new BlobDecryptionError('authentication failed (altered, cut short or of another document)');
  }
}

/**
 * Cuts what passes through into pieces of `size` bytes and hands each to `piece`; a piece is
 * handed on only once more bytes follow it, so the last one (0 to `size` bytes) is known as last.
 */
abstract class Chunker extends Transform {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  protected index = 0;

  protected constructor(private readonly size: number) {
    super();
  }

  protected abstract piece(bytes: Buffer, last: boolean): Buffer;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes <= this.size) return done();
      let buffered = Buffer.concat(this.pending);
      while (buffered.length > this.size) {
        this.push(this.piece(buffered.subarray(0, this.size), false));
        this.index++;
        buffered = buffered.subarray(this.size);
      }
      this.pending = [buffered];
      this.pendingBytes = buffered.length;
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.push(this.piece(Buffer.concat(this.pending), true));
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}

class EncryptingStream extends Chunker {
  private readonly header = Buffer.concat([MAGIC, randomBytes(PREFIX_BYTES)]);

  constructor(private readonly key: Buffer, private readonly documentId: string) {
    super(CHUNK_BYTES);
  }

  protected piece(bytes: Buffer, last: boolean): Buffer {
    const sealed = sealChunk(this.key, this.header, this.documentId, this.index, last, bytes);
    return this.index === 0 ? Buffer.concat([this.header, sealed]) : sealed;
  }
}

class DecryptingStream extends Chunker {
  private header: Buffer | undefined;
  private headerParts: Buffer[] = [];

  constructor(private readonly key: Buffer, private readonly documentId: string) {
    super(SEALED_CHUNK_BYTES);
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, done: TransformCallback): void {
    if (this.header) return super._transform(chunk, encoding, done);
    // The header comes first, whole, before any chunk.
    this.headerParts.push(chunk);
    const start = Buffer.concat(this.headerParts);
    if (start.length < HEADER_BYTES) return done();
    this.header = start.subarray(0, HEADER_BYTES);
    if (!this.header.subarray(0, MAGIC.length).equals(MAGIC)) return done(new BlobDecryptionError('not a document blob'));
    super._transform(start.subarray(HEADER_BYTES), encoding, done);
  }

  override _flush(done: TransformCallback): void {
    if (!this.header) return done(new BlobDecryptionError('cut short'));
    super._flush(done);
  }

  protected piece(bytes: Buffer, last: boolean): Buffer {
    return openChunk(this.key, this.header!, this.documentId, this.index, last, bytes);
  }
}

/** Plain bytes in, the blob out. */
export const encryptingStream = (key: Buffer, documentId: string): Transform => new EncryptingStream(key, documentId);

/** The blob in, the plain bytes out, each chunk only once authenticated; an error for any blob that does not open. */
export const decryptingStream = (key: Buffer, documentId: string): Transform => new DecryptingStream(key, documentId);
