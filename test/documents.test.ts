import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { resealDatabase } from '../src/db/reseal.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Document } from '../src/modules/documents/document.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { Role } from '../src/shared/enums.js';
import { createChild, createFamily, createUser } from './support/factories.js';
import { startTestApp, TEST_ENCRYPTION, type TestApp } from './support/test-app.js';

/**
 * Documents over real HTTP: POST /documents streams a file in, GET /documents/:id streams it out,
 * with the same bearer tokens as GraphQL, into a folder store on disk, encrypted. Every refusal
 * leaves nothing behind: no row, no blob.
 */

const MAX_BYTES = 256 * 1024;
const dataDir = mkdtempSync(join(tmpdir(), 'shanyraq-documents-'));
const folder = join(dataDir, 'documents');

let app: TestApp;
let base: string;
const tokens = {} as Record<'worker' | 'otherWorker' | 'coordinator' | 'family' | 'otherFamily' | 'admin', string>;
let userIds: Record<keyof typeof tokens, string>;
let childId: string;
let familyId: string;
let otherFamilyId: string;

/** A small synthetic PDF: what file-type reads as application/pdf. */
const pdf = (text = 'synthetic court decision') => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n${'x'.repeat(2000)}\n%%EOF\n`);

beforeAll(async () => {
  app = await startTestApp({ dataDir, documentMaxBytes: MAX_BYTES });
  base = new URL(app.url).origin;
  const child = await createChild(app.orm, { regionCode: 'ASTANA' });
  childId = child.id;
  familyId = (await createFamily(app.orm, { regionCode: 'ASTANA' })).id;
  otherFamilyId = (await createFamily(app.orm, { regionCode: 'ASTANA' })).id;
  const tag = `${process.pid}-${Date.now()}`;
  const users: [keyof typeof tokens, Role, Record<string, string>][] = [
    ['worker', Role.SOCIAL_WORKER, { regionCode: 'ASTANA' }],
    ['otherWorker', Role.SOCIAL_WORKER, { regionCode: 'ALMATY' }],
    ['coordinator', Role.MENTOR_COORDINATOR, { regionCode: 'ASTANA' }],
    ['family', Role.FAMILY, { familyId }],
    ['otherFamily', Role.FAMILY, { familyId: otherFamilyId }],
    ['admin', Role.ADMIN, {}],
  ];
  userIds = {} as typeof userIds;
  for (const [name, role, data] of users) {
    const email = `documents-${name.toLowerCase()}-${tag}@test.kz`;
    userIds[name] = (await createUser(app.orm, { email, role, ...data })).id;
    tokens[name] = await app.login(email);
  }
});

afterAll(() => app?.close());

interface Answer {
  status: number;
  body: { document?: { id: string; contentType: string; size: number; fileName: string }; errors?: { message: string; extensions: { code: string; field?: string } }[] };
}

async function upload(token: string | undefined, body: Buffer, query: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${base}/documents?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const ofChild = (kind = 'COURT_DECISION', fileName = 'решение суда.pdf') => ({ subjectKind: 'Child', subjectId: childId, kind, fileName });

async function download(token: string, id: string) {
  const response = await fetch(`${base}/documents/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions.code;
const documentRows = () => app.orm.em.fork().count(Document, {});
/** Every file under the store's folder, the partial ones included. */
const blobs = () => readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
const events = (action: string, entityId: string) => app.orm.em.fork().find(AuditEvent, { action, entityId });

describe('uploading and downloading', () => {
  it('streams a file in and out again, byte for byte, with its type, name and audit events', async () => {
    const file = pdf();
    const stored = await upload(tokens.worker, file, ofChild());
    expect(stored.status).toBe(201);
    expect(stored.body.document).toMatchObject({ contentType: 'application/pdf', size: file.length, fileName: 'решение суда.pdf' });
    const id = stored.body.document!.id;

    const got = await download(tokens.worker, id);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(file)).toBe(true);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="_______ ____.pdf"; filename*=UTF-8''${encodeURIComponent('решение суда.pdf')}`);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');

    expect((await events('document.upload', id)).map((event) => event.actorId)).toEqual([userIds.worker]);
    expect((await events('document.download', id)).map((event) => event.actorId)).toEqual([userIds.worker]);
  });

  it('keeps the blob encrypted on disk: neither the content nor its type shows', async () => {
    const file = pdf('synthetic medical report: no plaintext on disk');
    const { body } = await upload(tokens.worker, file, ofChild('MEDICAL_REPORT', 'report.pdf'));
    const blob = readFileSync(join(folder, body.document!.id));
    expect(blob.length).toBeGreaterThan(file.length);
    expect(blob.includes(Buffer.from('no plaintext on disk'))).toBe(false);
    expect(blob.includes(Buffer.from('%PDF'))).toBe(false);
    // The row keeps the blob's key and the file name sealed too.
    const [row] = await app.orm.em.getConnection().execute(`select file_name, data_key from document where id = ?`, [body.document!.id]);
    expect(row.file_name).toMatch(/^v1:/);
    expect(row.data_key).toMatch(/^v1:/);
  });

  it('refuses a file over the limit with 413, and stores nothing', async () => {
    const [rows, files] = [await documentRows(), blobs()];
    const answer = await upload(tokens.worker, Buffer.concat([pdf(), randomBytes(MAX_BYTES)]), ofChild());
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_BYTES });
    expect(await documentRows()).toBe(rows);
    expect(blobs()).toEqual(files);
  });

  it('refuses by content what is not PDF, JPEG, PNG or DOCX, whatever its name says, and stores nothing', async () => {
    const [rows, files] = [await documentRows(), blobs()];
    // A Windows executable named as a PDF: "MZ", a DOS stub, a PE header.
    const exe = Buffer.alloc(4096);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'latin1');
    for (const file of [exe, Buffer.from('just some text pretending to be a pdf'), Buffer.alloc(0)]) {
      const answer = await upload(tokens.worker, file, ofChild('COURT_DECISION', 'decision.pdf'));
      expect(answer.status, file.subarray(0, 8).toString('latin1')).toBe(415);
      expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'content' });
    }
    expect(await documentRows()).toBe(rows);
    expect(blobs()).toEqual(files);
  });

  it('names the field at fault, and refuses the signed out, the roles that file nothing and records out of reach', async () => {
    const rows = await documentRows();
    const bad = await upload(tokens.worker, pdf(), { ...ofChild(), kind: 'PASSPORT' });
    expect([bad.status, codeOf(bad), bad.body.errors![0]!.extensions.field]).toEqual([400, 'BAD_USER_INPUT', 'kind']);
    expect((await upload(undefined, pdf(), ofChild())).status).toBe(401);
    const family = await upload(tokens.family, pdf(), { subjectKind: 'Family', subjectId: familyId, kind: 'CONTRACT', fileName: 'c.pdf' });
    expect([family.status, codeOf(family)]).toEqual([403, 'FORBIDDEN']);
    const other = await upload(tokens.otherWorker, pdf(), ofChild());
    expect([other.status, codeOf(other)]).toEqual([403, 'FORBIDDEN']);
    const unknown = await upload(tokens.worker, pdf(), { ...ofChild(), subjectId: '01930000-0000-7000-8000-000000000000' });
    expect([unknown.status, codeOf(unknown)]).toEqual([404, 'NOT_FOUND']);
    expect(await documentRows()).toBe(rows);
  });
});

describe('who may download', () => {
  let childDocument: string;
  let familyDocument: string;
  let applicantDocument: string;

  beforeAll(async () => {
    childDocument = (await upload(tokens.worker, pdf(), ofChild('MEDICAL_REPORT', 'medical.pdf'))).body.document!.id;
    familyDocument = (await upload(tokens.worker, pdf(), { subjectKind: 'Family', subjectId: familyId, kind: 'HOUSING_INSPECTION_ACT', fileName: 'act.pdf' })).body.document!.id;
    const applicant = await app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: familyId, position: 1 });
    applicantDocument = (await upload(tokens.worker, pdf(), { subjectKind: 'FamilyApplicant', subjectId: applicant.id, kind: 'TRAINING_CERTIFICATE', fileName: 'cert.pdf' })).body.document!.id;
  });

  it('answers a document out of scope exactly like an unknown one, and puts the refusal on record', async () => {
    const unknown = await download(tokens.otherWorker, '01930000-0000-7000-8000-000000000000');
    const outOfScope = await download(tokens.otherWorker, childDocument);
    expect([outOfScope.status, outOfScope.bytes.toString()]).toEqual([404, unknown.bytes.toString()]);
    expect(JSON.parse(outOfScope.bytes.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await events('document.download-refused', childDocument)).map((event) => event.actorId)).toEqual([userIds.otherWorker]);
    expect(await events('document.download', childDocument)).toEqual([]);
  });

  it("keeps a child's documents with its case file: a coordinator of the region sees the child, not them", async () => {
    expect((await download(tokens.coordinator, childDocument)).status).toBe(404);
    const result = await app.request<{ child: { documents: { id: string }[] } }>('query($id: ID!) { child(id: $id) { documents { id } } }', { id: childId }, tokens.coordinator);
    expect(result.data?.child.documents).toEqual([]);
  });

  it("lets a family read its own record's documents, and no other family's", async () => {
    const own = await download(tokens.family, familyDocument);
    expect(own.status).toBe(200);
    const result = await app.request<{ myFamily: { documents: { id: string }[]; applicants: { documents: { id: string; kind: string }[] }[] } }>(
      '{ myFamily { documents { id } applicants { documents { id kind } } } }',
      {},
      tokens.family,
    );
    expect(result.data?.myFamily.documents.map((d) => d.id)).toEqual([familyDocument]);
    expect(result.data?.myFamily.applicants[0]!.documents).toEqual([{ id: applicantDocument, kind: 'TRAINING_CERTIFICATE' }]);
    expect((await download(tokens.otherFamily, familyDocument)).status).toBe(404);
  });
});

describe('superseding', () => {
  it('links a newer document to the older, keeps both, and refuses a second supersession', async () => {
    const older = (await upload(tokens.worker, pdf('first'), ofChild('POST_ADOPTION_REPORT', 'report-1.pdf'))).body.document!.id;
    const newer = (await upload(tokens.worker, pdf('second'), ofChild('POST_ADOPTION_REPORT', 'report-2.pdf'))).body.document!.id;
    const supersede = 'mutation($id: ID!, $by: ID!) { supersedeDocument(id: $id, byDocumentId: $by) { id supersededBy { id fileName } } }';
    const done = await app.request<{ supersedeDocument: { id: string; supersededBy: { id: string; fileName: string } } }>(supersede, { id: older, by: newer }, tokens.worker);
    expect(done.errors).toBeUndefined();
    expect(done.data?.supersedeDocument).toEqual({ id: older, supersededBy: { id: newer, fileName: 'report-2.pdf' } });

    const again = await app.request(supersede, { id: older, by: newer }, tokens.worker);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const backwards = await app.request(supersede, { id: newer, by: older }, tokens.worker);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'byDocumentId' });
    const otherKind = (await upload(tokens.worker, pdf(), ofChild('CONTRACT', 'contract.pdf'))).body.document!.id;
    const mismatch = await app.request(supersede, { id: newer, by: otherKind }, tokens.worker);
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'byDocumentId' });

    const listed = await app.request<{ child: { documents: { id: string; supersedes: { id: string } | null; supersededBy: { id: string } | null; uploadedBy: { id: string } }[] } }>(
      'query($id: ID!) { child(id: $id) { documents { id supersedes { id } supersededBy { id } uploadedBy { id } } } }',
      { id: childId },
      tokens.worker,
    );
    const byId = new Map(listed.data!.child.documents.map((d) => [d.id, d]));
    expect(byId.get(older)).toMatchObject({ supersedes: null, supersededBy: { id: newer }, uploadedBy: { id: userIds.worker } });
    expect(byId.get(newer)).toMatchObject({ supersedes: { id: older }, supersededBy: null });
    // Nothing is deleted: the superseded one still downloads, and the database refuses a DELETE.
    expect((await download(tokens.worker, older)).bytes.includes(Buffer.from('first'))).toBe(true);
    await expect(app.orm.em.getConnection().execute(`delete from document where id = ?`, [older])).rejects.toThrow(/never deleted/);
  });
});

describe('key rotation', () => {
  it('re-seals the blob keys, so documents still open once the old key is gone, without rewriting a blob', async () => {
    const file = pdf('before the rotation');
    const id = (await upload(tokens.worker, file, ofChild())).body.document!.id;
    const blobBefore = readFileSync(join(folder, id));
    const rotated = { key: randomBytes(32), previousKeys: [TEST_ENCRYPTION.key], hashKey: TEST_ENCRYPTION.hashKey };
    useEncryptionKeys(rotated);
    try {
      const counts = await resealDatabase(app.orm);
      expect(counts.find((count) => count.table === 'document')?.updated).toBeGreaterThan(0);
      useEncryptionKeys({ ...rotated, previousKeys: [] });
      const got = await download(tokens.worker, id);
      expect(got.bytes.equals(file)).toBe(true);
      expect(readFileSync(join(folder, id)).equals(blobBefore)).toBe(true);
    } finally {
      // Back to the suite's key, the way a rotation goes: the rotated key kept to open, until all is re-sealed.
      useEncryptionKeys({ ...TEST_ENCRYPTION, previousKeys: [rotated.key] });
      await resealDatabase(app.orm);
      useEncryptionKeys(TEST_ENCRYPTION);
    }
  });
});
