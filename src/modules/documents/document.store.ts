import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where document blobs live: already encrypted (document.cipher.ts), so a store sees ciphertext
 * only. One interface, two places: a folder under DATA_DIR by default, an S3-compatible bucket
 * when S3_URL is set. `put` either stores the whole blob under its key or nothing.
 */
export interface BlobStore {
  /** Streams `blob` (exactly `size` bytes) under `key`; on any failure nothing stays under it. */
  put(key: string, blob: Readable, size: number): Promise<void>;
  /** The blob, streamed; undefined when there is none. */
  get(key: string): Promise<Readable | undefined>;
  /** Removes a blob, if there is one (a row that could not be written takes its blob with it). */
  delete(key: string): Promise<void>;
}

/** Keys are document ids: uuids, so no path can be made of them. */
const SAFE_KEY = /^[0-9a-f-]{36}$/;
function checked(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error('A blob key must be a document id');
  return key;
}

/** Files in `folder`; each is written to a temporary name and renamed once whole, so a crash leaves no half blob under a key. */
export function folderStore(folder: string): BlobStore {
  const partial = join(folder, '.partial');
  return {
    async put(key, blob) {
      await mkdir(partial, { recursive: true, mode: 0o700 });
      const temporary = join(partial, `${checked(key)}.${randomUUID()}`);
      try {
        await pipeline(blob, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
        await rename(temporary, join(folder, key));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      const stream = createReadStream(join(folder, checked(key)));
      // Opening fails asynchronously: wait for it, so a missing blob is told apart from a broken one.
      return new Promise((resolve, reject) => {
        stream.once('open', () => resolve(stream));
        stream.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(undefined) : reject(error)));
      });
    },
    async delete(key) {
      await rm(join(folder, checked(key)), { force: true });
    },
  };
}

/**
 * A bucket of an S3-compatible service, from `s3://ACCESS_KEY:SECRET@host:port/bucket?region=…`
 * (`s3+http://` for a service without TLS, as a local MinIO). Path-style addressing, so any
 * S3-compatible server answers. A PUT is one request of known length: S3 keeps an object only once
 * all of it has arrived.
 */
export function s3Store(url: string): BlobStore {
  const parsed = new URL(url);
  const bucket = parsed.pathname.replace(/^\//, '').split('/')[0];
  if (!bucket) throw new Error('S3_URL must name the bucket as its path');
  const scheme = parsed.protocol === 's3+http:' ? 'http' : 'https';
  const client = new S3Client({
    endpoint: `${scheme}://${parsed.host}`,
    region: parsed.searchParams.get('region') ?? 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: decodeURIComponent(parsed.username), secretAccessKey: decodeURIComponent(parsed.password) },
  });
  return {
    async put(key, blob, size) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: checked(key), Body: blob, ContentLength: size, ContentType: 'application/octet-stream' }));
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: checked(key) }));
        return object.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: checked(key) }));
    },
  };
}

export function createBlobStore(options: { dataDir: string; s3Url?: string }): BlobStore {
  return options.s3Url ? s3Store(options.s3Url) : folderStore(join(options.dataDir, 'documents'));
}
