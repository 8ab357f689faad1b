/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Forms of family placement under the Code on Marriage and Family. */
export type PlacementForm =
  | 'ADOPTION'
  | 'CUSTODY'
  | 'FOSTER_FAMILY'
  | 'GUARDIANSHIP'
  | 'GUEST_FAMILY'
  | 'PATRONAGE'
  | 'PROFESSIONAL_FOSTER_FAMILY';

export type PlacementStatus =
  | 'ACTIVE'
  | 'APPROVED'
  | 'ENDED'
  | 'INTRODUCTION'
  | 'PROPOSED'
  | 'TRIAL';

export type Role =
  | 'ADMIN'
  | 'FAMILY'
  | 'MENTOR'
  | 'MENTOR_COORDINATOR'
  | 'SOCIAL_WORKER';

export type ConsoleLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, displayName: string, role: Role, regionCode: string | null, districtCode: string | null } } };

export type WorkerMyDayQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerMyDayQuery = { waiting: { totalCount: number }, inProgress: { totalCount: number, edges: Array<{ node: { id: string, status: PlacementStatus, form: PlacementForm, createdAt: string, child: { id: string, firstName: string, lastName: string } | null, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null } }> }, overdue: { totalCount: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user {
      id
      email
      displayName
      role
      regionCode
      districtCode
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const WorkerMyDayDocument = new TypedDocumentString(`
    query WorkerMyDay {
  waiting: children(first: 1, filter: {status: [AWAITING_PLACEMENT]}) {
    totalCount
  }
  inProgress: placements(
    first: 20
    filter: {status: [PROPOSED, APPROVED, INTRODUCTION, TRIAL]}
  ) {
    totalCount
    edges {
      node {
        id
        status
        form
        createdAt
        child {
          id
          firstName
          lastName
        }
        family {
          id
          applicants {
            firstName
            lastName
          }
        }
      }
    }
  }
  overdue: placements(first: 1, filter: {overdue: true}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WorkerMyDayQuery, WorkerMyDayQueryVariables>;