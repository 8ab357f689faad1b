import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { StaffMemberType } from '../casework/staff-member.type.js';
import { ChildType } from '../children/child.type.js';
import { FamilyApplicantType, FamilyType } from '../families/family.type.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { MentorshipType } from '../mentorships/mentorship.type.js';
import { PlacementType } from '../placements/placement.type.js';
import type { Document } from './document.entity.js';
import { supersedeDocument, supersededDocumentOf } from './document.service.js';
import { DocumentType } from './document.type.js';

@Resolver(() => DocumentType)
export class DocumentResolver {
  @Authorized(rolesFor('Mutation.supersedeDocument'))
  @Mutation(() => DocumentType, { description: 'Marks a document as superseded by a newer one of the same record and kind (upload that first). Nothing is deleted: both stay on file.' })
  supersedeDocument(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('byDocumentId', () => ID) byDocumentId: string) {
    return supersedeDocument(ctx, id, byDocumentId);
  }

  @FieldResolver(() => Date, { description: 'When it was uploaded.' })
  uploadedAt(@Root() document: Document): Date {
    return document.createdAt;
  }

  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'Who uploaded it (null with FORBIDDEN where you may not see that colleague).' })
  uploadedBy(@Root() document: Document, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(document.uploadedBy.id);
  }

  @FieldResolver(() => DocumentType, { nullable: true, description: 'The newer document that replaces this one; null while it is current.' })
  supersededBy(@Root() document: Document, @Ctx() ctx: Context) {
    return document.supersededBy ? ctx.loaders.document.load(document.supersededBy.id) : null;
  }

  @FieldResolver(() => DocumentType, { nullable: true, description: 'The older document this one replaced.' })
  supersedes(@Root() document: Document, @Ctx() ctx: Context) {
    return supersededDocumentOf(ctx, document);
  }

  @FieldResolver(() => String, { description: 'Where to GET the file, with the same bearer token: `/documents/<id>`.' })
  downloadPath(@Root() document: Document): string {
    return `/documents/${document.id}`;
  }
}

/** `documents` on a kind of record: its documents, newest first, superseded ones included; each passes the record guard. */
function documentsOf(type: () => Function, name: string) {
  @Resolver(type)
  class DocumentsOfRecord {
    @FieldResolver(() => [DocumentType], { description: 'Documents attached to this record, newest first, superseded ones included (see supersededBy).' })
    documents(@Root() record: { id: string }, @Ctx() ctx: Context) {
      return ctx.loaders.documentsBySubject.load(record.id);
    }
  }
  Object.defineProperty(DocumentsOfRecord, 'name', { value: `${name}DocumentsResolver` });
  return DocumentsOfRecord;
}

export const documentFieldResolvers = [
  documentsOf(() => ChildType, 'Child'),
  documentsOf(() => FamilyType, 'Family'),
  documentsOf(() => FamilyApplicantType, 'FamilyApplicant'),
  documentsOf(() => PlacementType, 'Placement'),
  documentsOf(() => MentorshipType, 'Mentorship'),
] as const;
