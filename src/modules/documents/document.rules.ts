import type { FieldProblem } from '../../shared/app-error.js';
import { DocumentKind, DocumentSubjectKind } from './document.enums.js';

/**
 * What a document may be, as plain rules: the types kept (by content, never by name), the file
 * name, and when one document may supersede another.
 */

/** The file types accepted, as file-type names them from the content. */
export const ACCEPTED_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** The problem with a type read from the content, or null when it is kept; `undefined` is content no type was recognised in. */
export function contentTypeProblem(detected: string | undefined): FieldProblem | null {
  if (detected && detected in ACCEPTED_TYPES) return null;
  return { field: 'content', message: `Only PDF, JPEG, PNG and DOCX files are kept; the content is ${detected ? `of type ${detected}` : 'of no recognised type'}` };
}

const FILE_NAME_MAX = 255;

/** The file name as kept: no path, no control characters, at most 255 characters; a problem when nothing is left. */
export function cleanFileName(raw: string | undefined): { fileName: string } | FieldProblem {
  // eslint-disable-next-line no-control-regex
  const name = (raw ?? '').split(/[/\\]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!name || name === '.' || name === '..') return { field: 'fileName', message: 'Give the file a name' };
  if ([...name].length > FILE_NAME_MAX) return { field: 'fileName', message: `A file name has at most ${FILE_NAME_MAX} characters` };
  return { fileName: name };
}

const isEnumValue = <T extends string>(values: Record<string, T>, text: string | undefined): text is T => text !== undefined && (Object.values(values) as string[]).includes(text);

/** What an upload says of itself (the query string of POST /documents), checked; the first problem otherwise. */
export function uploadRequestOf(query: URLSearchParams): { kind: DocumentKind; subjectKind: DocumentSubjectKind; subjectId: string; fileName: string } | FieldProblem {
  const kind = query.get('kind') ?? undefined;
  if (!isEnumValue(DocumentKind, kind)) return { field: 'kind', message: `kind must be one of ${Object.values(DocumentKind).join(', ')}` };
  const subjectKind = query.get('subjectKind') ?? undefined;
  if (!isEnumValue(DocumentSubjectKind, subjectKind)) return { field: 'subjectKind', message: `subjectKind must be one of ${Object.values(DocumentSubjectKind).join(', ')}` };
  const subjectId = query.get('subjectId') ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(subjectId)) return { field: 'subjectId', message: 'subjectId must be the id of the record' };
  const name = cleanFileName(query.get('fileName') ?? undefined);
  if ('field' in name) return name;
  return { kind, subjectKind, subjectId: subjectId.toLowerCase(), fileName: name.fileName };
}

export interface SupersedeFacts {
  id: string;
  kind: DocumentKind;
  subjectId: string;
  supersededById?: string;
}

/** Whether `newer` may supersede `older`: another document of the same record and kind, neither already superseded. */
export function supersedeProblem(older: SupersedeFacts, newer: SupersedeFacts): FieldProblem | null {
  if (older.id === newer.id) return { field: 'byDocumentId', message: 'A document cannot supersede itself' };
  if (older.subjectId !== newer.subjectId) return { field: 'byDocumentId', message: 'The newer document must be attached to the same record' };
  if (older.kind !== newer.kind) return { field: 'byDocumentId', message: 'The newer document must be of the same kind' };
  if (newer.supersededById) return { field: 'byDocumentId', message: 'The newer document is itself superseded' };
  return null;
}
