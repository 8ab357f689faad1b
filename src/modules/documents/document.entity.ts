import { Entity, Enum, Index, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { EncryptedText } from '../../db/encrypted-text.type.js';
import { User } from '../identity/user.entity.js';
import { DocumentKind, DocumentSubjectKind } from './document.enums.js';

/**
 * A file attached to one record. The bytes live in the blob store (document.store.ts) under the
 * document's id, encrypted with a key of their own (document.cipher.ts); that key is kept here,
 * sealed like every other sealed column, so `keys:rotate` re-seals it and the blob never has to be
 * rewritten. Never deleted: a newer document supersedes it.
 */
@Entity({ tableName: 'document' })
@Index({ name: 'document_by_subject', properties: ['subjectId', 'createdAt'] })
export class Document extends BaseEntity {
  @Enum({ items: () => DocumentKind, type: 'string' })
  kind!: DocumentKind;

  @Enum({ items: () => DocumentSubjectKind, type: 'string' })
  subjectKind!: DocumentSubjectKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** As the uploader named it: it may name a person, so it is sealed. */
  @Property({ type: EncryptedText })
  fileName!: string;

  /** The type read from the content (file-type), never the one the client claimed. */
  @Property({ type: 'string', length: 128 })
  contentType!: string;

  /** Bytes of the file as uploaded (the stored blob is slightly longer). */
  @Property({ type: 'bigint', runtimeType: 'number' })
  size!: number;

  /** The blob's own AES-256 key, base64. */
  @Property({ type: EncryptedText })
  dataKey!: string;

  @ManyToOne(() => User, { ref: true })
  uploadedBy!: Ref<User>;

  /** The newer document that replaces this one; a document is superseded once. */
  @OneToOne(() => Document, { ref: true, nullable: true, owner: true, unique: 'document_superseded_by_unique' })
  supersededBy?: Ref<Document>;
}
