import { Type, type Platform, type TransformContext } from '@mikro-orm/core';
import { openText, sealText } from './encryption.js';

/**
 * A column stored sealed (AES-256-GCM, see `src/shared/crypto/cipher.ts`): entities hold the
 * plain value, the database only ever sees `v1:<keyId>:…`. The purpose bound into each value is
 * `<table>.<column>`.
 *
 * Sealing is randomised, so a sealed column can be neither searched nor kept unique: filtering on
 * it is refused, and lookups go through a keyed hash column (`iin_hash`) or happen after opening.
 */
export abstract class SealedColumn<T> extends Type<T | null | undefined, string | null | undefined> {
  protected abstract encode(value: T): string;
  protected abstract decode(text: string): T;

  private get purpose(): string {
    return `${this.meta!.tableName}.${this.prop!.fieldNames[0]}`;
  }

  override convertToDatabaseValue(value: T | null | undefined, _platform: Platform, context?: TransformContext): string | null | undefined {
    if (value == null) return value as null | undefined;
    if (context?.mode === 'query') throw new Error(`${this.purpose} is encrypted and cannot be used in a filter`);
    return sealText(this.purpose, this.encode(value));
  }

  override convertToJSValue(value: string | null | undefined): T | null | undefined {
    return value == null ? value : this.decode(openText(this.purpose, value));
  }

  /** Two sealings of one value differ (fresh IV): compare what they say, so an unchanged entity is not rewritten. */
  override compareValues(a: string | null | undefined, b: string | null | undefined): boolean {
    if (a === b) return true;
    if (a == null || b == null) return false;
    return openText(this.purpose, a) === openText(this.purpose, b);
  }

  /** Keep the loaded ciphertext as the snapshot instead of sealing it again on every load. */
  override ensureComparable(): boolean {
    return false;
  }

  override compareAsType(): string {
    return 'string';
  }

  override getColumnType(): string {
    return 'text';
  }
}

/** Free text, sealed as it is: `@Property({ type: EncryptedText })`. */
export class EncryptedText extends SealedColumn<string> {
  protected encode(value: string): string {
    return value;
  }

  protected decode(text: string): string {
    return text;
  }
}

/**
 * A value sealed as JSON text, padded with spaces to a multiple of `width` characters. AES-GCM
 * keeps the length of what it seals, so without padding `"I"` and `"III"`, or one special need
 * and three, would be told apart by the length of their ciphertexts alone.
 */
export function encodeJson(value: unknown, width: number): string {
  const text = JSON.stringify(value);
  return width > 0 ? text.padEnd(Math.max(1, Math.ceil(text.length / width)) * width) : text;
}

/** Opens a value of an EncryptedJson column read with SQL past the ORM (matching, filtering). */
export function openJson<T>(purpose: string, sealed: string): T {
  return JSON.parse(openText(purpose, sealed)) as T;
}

/**
 * A category, a set of categories or a small record, sealed as padded JSON (see encodeJson):
 * `@Property({ type: EncryptedJson.oneOf(LegalStatus) })`, `EncryptedJson.setOf(SpecialNeed)`.
 * Every value of one column then seals to one length, so the ciphertext tells nothing of which.
 */
export class EncryptedJson<T> extends SealedColumn<T> {
  constructor(private readonly width: number) {
    super();
  }

  /** One value of an enum: padded to the longest. */
  static oneOf<E extends string>(values: Record<string, E>): EncryptedJson<E> {
    return new EncryptedJson(Math.max(...Object.values(values).map((value) => JSON.stringify(value).length)));
  }

  /** Any subset of an enum's values, without repeats: padded to the whole set. */
  static setOf<E extends string>(values: Record<string, E>): EncryptedJson<E[]> {
    return new EncryptedJson(JSON.stringify(Object.values(values)).length);
  }

  protected encode(value: T): string {
    return encodeJson(value, this.width);
  }

  protected decode(text: string): T {
    return JSON.parse(text) as T;
  }
}
