import { describe, expect, it } from 'vitest';
import { DocumentKind } from './document.enums.js';
import { cleanFileName, contentTypeProblem, supersedeProblem, uploadRequestOf } from './document.rules.js';

const CHILD = '01930000-0000-7000-8000-0000000000aa';

describe('document rules', () => {
  it.each([
    ['application/pdf', null],
    ['image/jpeg', null],
    ['image/png', null],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', null],
    ['application/x-msdownload', 'content'],
    ['application/zip', 'content'],
    ['image/svg+xml', 'content'],
    [undefined, 'content'],
  ])('keeps content of type %s: problem on %s', (type, field) => {
    expect(contentTypeProblem(type)?.field ?? null).toBe(field);
  });

  it.each([
    ['решение суда.pdf', 'решение суда.pdf'],
    ['C:\\Users\\a\\scan.png', 'scan.png'],
    ['../../etc/passwd', 'passwd'],
    ['bad\u0000\nname.pdf', 'badname.pdf'],
  ])('keeps the name %j as %j', (raw, kept) => {
    expect(cleanFileName(raw)).toEqual({ fileName: kept });
  });

  it.each([[''], ['  '], ['dir/'], ['..'], ['я'.repeat(256)]])('refuses the name %j', (raw) => {
    expect(cleanFileName(raw)).toMatchObject({ field: 'fileName' });
  });

  it('reads an upload from its query string, naming the first field at fault', () => {
    const ok = new URLSearchParams({ kind: 'COURT_DECISION', subjectKind: 'Child', subjectId: CHILD.toUpperCase(), fileName: 'решение.pdf' });
    expect(uploadRequestOf(ok)).toEqual({ kind: 'COURT_DECISION', subjectKind: 'Child', subjectId: CHILD, fileName: 'решение.pdf' });
    const field = (changes: Record<string, string>) => (uploadRequestOf(new URLSearchParams({ ...Object.fromEntries(ok), ...changes })) as { field?: string }).field;
    expect(field({ kind: 'PASSPORT' })).toBe('kind');
    expect(field({ subjectKind: 'Mentor' })).toBe('subjectKind');
    expect(field({ subjectId: 'x' })).toBe('subjectId');
    expect(field({ fileName: '' })).toBe('fileName');
  });

  describe('superseding', () => {
    const older = { id: 'a', kind: DocumentKind.MEDICAL_REPORT, subjectId: CHILD };
    const newer = { id: 'b', kind: DocumentKind.MEDICAL_REPORT, subjectId: CHILD };
    it('lets a newer document of the same record and kind supersede', () => {
      expect(supersedeProblem(older, newer)).toBeNull();
    });
    it.each([
      ['itself', older],
      ['of another record', { ...newer, subjectId: 'other' }],
      ['of another kind', { ...newer, kind: DocumentKind.CONTRACT }],
      ['itself superseded', { ...newer, supersededById: 'c' }],
    ])('refuses a document %s', (_, by) => {
      expect(supersedeProblem(older, by)?.field).toBe('byDocumentId');
    });
  });
});
