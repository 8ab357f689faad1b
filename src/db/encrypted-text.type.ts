import { Type, type Platform, type TransformContext } from '@mikro-orm/core';
import { openText, sealText } from './encryption.js';

/**
 * A text column stored sealed (AES-256-GCM, see `src/shared/crypto/cipher.ts`): entities hold the
 * plain string, the database only ever sees `v1:<keyId>:…`. Use `@Property({ type: EncryptedText })`;
 * the purpose bound into each value is `<table>.<column>`.
 *
 * Sealing is randomised, so a sealed column can be neither searched nor kept unique: filtering on
 * it is refused, and lookups go through a keyed hash column (`iin_hash`).
 */
export class EncryptedText extends Type<string | null | undefined, string | null | undefined> {
  private get purpose(): string {
    return `${this.meta!.tableName}.${this.prop!.fieldNames[0]}`;
  }

  override convertToDatabaseValue(value: string | null | undefined, _platform: Platform, context?: TransformContext): string | null | undefined {
    if (value == null) return value;
    if (context?.mode === 'query') throw new Error(`${this.purpose} is encrypted and cannot be used in a filter`);
    return sealText(this.purpose, value);
  }

  override convertToJSValue(value: string | null | undefined): string | null | undefined {
    return value == null ? value : openText(this.purpose, value);
  }

  /** Two sealings of one text differ (fresh IV): compare what they say, so an unchanged entity is not rewritten. */
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
