import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKind, DocumentSubjectKind } from './document.enums.js';

registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'What a document is.' });
registerEnumType(DocumentSubjectKind, { name: 'DocumentSubjectKind', description: 'The kind of record a document is attached to.' });

@ObjectType('Document', { description: 'A file attached to one record: its metadata. The bytes are at `downloadPath` (GET, with the same bearer token); uploads go to POST /documents.' })
export class DocumentType {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => DocumentSubjectKind)
  subjectKind!: DocumentSubjectKind;

  @Field(() => ID, { description: 'The record it is attached to.' })
  subjectId!: string;

  @Field({ description: 'The name it was uploaded under.' })
  fileName!: string;

  @Field({ description: 'The type read from the content: application/pdf, image/jpeg, image/png or DOCX.' })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;
}
