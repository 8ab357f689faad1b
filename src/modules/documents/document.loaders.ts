import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsByKey } from '../../db/read-rows.js';
import { Document } from './document.entity.js';

/** The documents of each record, newest first, in one query per batch (ids are unique across tables: uuid v7). */
export function documentsBySubjectLoader(em: EntityManager) {
  return new DataLoader<string, Document[]>(async (subjectIds) => {
    const rows = await rowsByKey(em, Document, 'subjectId', subjectIds, { createdAt: 'desc', id: 'desc' });
    const groups = new Map<string, Document[]>(subjectIds.map((id) => [id, []]));
    for (const row of rows) groups.get(row.subjectId)?.push(row);
    return subjectIds.map((id) => groups.get(id)!);
  });
}
