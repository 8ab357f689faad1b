import { LockMode } from '@mikro-orm/core';
import { fileTypeFromBuffer } from 'file-type';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { Context } from '../../graphql/context.js';
import { assertVisible } from '../../graphql/record-guard.js';
import { AppError, ErrorCode, forbidden, notFound, rejectProblems } from '../../shared/app-error.js';
import { isUuid, uuidv7 } from '../../shared/uuid.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireActor } from '../identity/access-policy.js';
import { Access, HTTP_ACCESS } from '../identity/authorization-matrix.js';
import { decryptingStream, encryptingStream, newDataKey, sealedSize } from './document.cipher.js';
import { Document } from './document.entity.js';
import type { DocumentKind, DocumentSubjectKind } from './document.enums.js';
import { contentTypeProblem, supersedeProblem } from './document.rules.js';
import type { BlobStore } from './document.store.js';

/** Enough of the start of a file for file-type to tell PDF, JPEG, PNG and DOCX (a zip whose entries it reads). */
const SNIFF_BYTES = 64 * 1024;

export interface UploadRequest {
  kind: DocumentKind;
  subjectKind: DocumentSubjectKind;
  subjectId: string;
  fileName: string;
  /** The request body's length, as announced (and held to by the HTTP parser). */
  size: number;
  body: Readable;
}

const tooLarge = (maxBytes: number) => new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `A document may hold at most ${maxBytes} bytes`, undefined, undefined, { maxBytes });

/**
 * Holds the first bytes back until their type is known; refused content stops the stream before
 * anything of it reaches the store. Counts what passes, so no more than announced is ever stored.
 */
class Sniffer extends Transform {
  private head: Buffer[] = [];
  private headBytes = 0;
  private passed = 0;
  contentType: string | undefined;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.passed += chunk.length;
    if (this.passed > this.maxBytes) return done(tooLarge(this.maxBytes));
    if (this.contentType) return done(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return done();
    this.release(done);
  }

  override _flush(done: TransformCallback): void {
    if (this.contentType) return done();
    this.release(done);
  }

  private release(done: TransformCallback): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    fileTypeFromBuffer(head).then(
      (detected) => {
        const problem = contentTypeProblem(detected?.mime);
        if (problem) return done(new AppError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, problem.message, problem.field));
        this.contentType = detected!.mime;
        done(null, head);
      },
      (error: Error) => done(error),
    );
  }
}

/** The record a document is to be attached to, if the caller may see it as a document's subject. */
async function subjectFor(ctx: Context, kind: DocumentSubjectKind, id: string): Promise<void> {
  const loader = { Child: ctx.loaders.child, Family: ctx.loaders.family, FamilyApplicant: ctx.loaders.applicant, Placement: ctx.loaders.placement, Mentorship: ctx.loaders.mentorship }[kind];
  const record = await loader.load(id);
  if (!record) throw notFound('Record');
  await assertVisible(ctx, kind === 'Child' ? 'ChildCaseFile' : kind, record);
}

/**
 * Stores an upload: checks who and onto what, streams the body through the type check and the
 * cipher into the store, then writes the document's row and its audit event in one transaction.
 * Any failure leaves nothing: a blob whose row could not be written is removed again.
 */
export async function uploadDocument(ctx: Context, store: BlobStore, maxBytes: number, upload: UploadRequest): Promise<Document> {
  const actor = requireActor(ctx.actor);
  if (HTTP_ACCESS['POST /documents'][actor.role] === Access.DENIED) throw forbidden('Your role does not file documents');
  if (upload.size > maxBytes) throw tooLarge(maxBytes);
  await subjectFor(ctx, upload.subjectKind, upload.subjectId);
  const id = uuidv7();
  const key = newDataKey();
  const sniffer = new Sniffer(maxBytes);
  // Piped by hand, not with pipeline(): a refusal must not destroy the request, whose socket still carries the answer.
  const blob = upload.body.pipe(sniffer).pipe(encryptingStream(key, id));
  // An error anywhere upstream ends the blob's stream with it, so the store sees the failure and keeps nothing.
  for (const stage of [upload.body, sniffer]) stage.on('error', (error) => blob.destroy(error));
  // The store may start reading only after making its folder; the error it then finds on the blob (`errored`) is this one.
  blob.on('error', () => {});
  await store.put(id, blob, sealedSize(upload.size));
  try {
    return await ctx.em.transactional(async (em) => {
      const document = em.create(Document, {
        id,
        kind: upload.kind,
        subjectKind: upload.subjectKind,
        subjectId: upload.subjectId,
        fileName: upload.fileName,
        contentType: sniffer.contentType!,
        size: upload.size,
        dataKey: key.toString('base64'),
        uploadedBy: actor.userId,
      });
      recordAudit(em, ctx, { action: 'document.upload', entityName: 'Document', entityId: id, changedFields: ['kind', 'subject', 'fileName', 'contentType', 'size'] });
      return document;
    });
  } catch (error) {
    await store.delete(id);
    throw error;
  }
}

export interface Download {
  document: Document;
  content: Readable;
}

/**
 * A document for download, once its reading is on record. An unknown id and a document the
 * caller may not see are answered alike (NOT_FOUND), so ids cannot be probed; the refusal of an
 * existing one is audited in a transaction of its own, as a refused duplicate registration is.
 */
export async function downloadDocument(ctx: Context, store: BlobStore, id: string): Promise<Download> {
  requireActor(ctx.actor);
  const document = isUuid(id) ? await ctx.em.findOne(Document, { id }) : null;
  if (!document) throw notFound('Document');
  try {
    await assertVisible(ctx, 'Document', document);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== ErrorCode.FORBIDDEN) throw error;
    await ctx.em.fork().transactional(async (em) => void recordAudit(em, ctx, { action: 'document.download-refused', entityName: 'Document', entityId: document.id }));
    throw notFound('Document');
  }
  const content = await store.get(document.id);
  if (!content) throw new Error('A document has no blob');
  // Data whose reading is not on record is not handed out: the event commits before the first byte.
  await ctx.em.fork().transactional(async (em) => void recordAudit(em, ctx, { action: 'document.download', entityName: 'Document', entityId: document.id }));
  const key = Buffer.from(document.dataKey, 'base64');
  const plain = decryptingStream(key, document.id);
  content.once('error', (error) => plain.destroy(error));
  return { document, content: content.pipe(plain) };
}

/** Marks `id` as superseded by `byDocumentId`, a newer document of the same record and kind; neither is deleted. */
export async function supersedeDocument(ctx: Context, id: string, byDocumentId: string): Promise<Document> {
  requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    // Locked in id order, so two supersessions of one pair at once wait for each other instead of deadlocking.
    const ids = [id, byDocumentId].filter(isUuid).sort();
    const found = ids.length ? await em.find(Document, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } }) : [];
    const older = found.find((document) => document.id === id);
    const newer = found.find((document) => document.id === byDocumentId);
    if (!older) throw notFound('Document');
    await assertVisible(ctx, 'Document', older);
    if (!newer) throw new AppError(ErrorCode.BAD_USER_INPUT, 'No such document', 'byDocumentId');
    await assertVisible(ctx, 'Document', newer);
    if (older.supersededBy) throw new AppError(ErrorCode.CONFLICT, 'This document is already superseded');
    const facts = (document: Document) => ({ id: document.id, kind: document.kind, subjectId: document.subjectId, supersededById: document.supersededBy?.id });
    rejectProblems([supersedeProblem(facts(older), facts(newer))]);
    older.supersededBy = em.getReference(Document, newer.id, { wrapped: true });
    recordAudit(em, ctx, { action: 'document.supersede', entityName: 'Document', entityId: older.id, changedFields: ['supersededBy'] });
    return older;
  });
}

/** The document that `document` superseded, if any: among its record's documents, which one loader batch reads. */
export async function supersededDocumentOf(ctx: Context, document: Document): Promise<Document | null> {
  const siblings = await ctx.loaders.documentsBySubject.load(document.subjectId);
  return siblings.find((other) => other.supersededBy?.id === document.id) ?? null;
}
