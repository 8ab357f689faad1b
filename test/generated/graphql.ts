/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A calendar date without a time zone, written YYYY-MM-DD. */
  LocalDate: { input: string; output: string; }
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
  user: User;
};

export type Child = {
  __typename?: 'Child';
  /** Full years today. */
  age: Scalars['Int']['output'];
  birthDate: Scalars['LocalDate']['output'];
  /** Case-file field. */
  caseNotes?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  exitReason?: Maybe<DataBankExitReason>;
  exitedAt?: Maybe<Scalars['LocalDate']['output']>;
  firstName: Scalars['String']['output'];
  /** Case-file field. */
  healthGroup?: Maybe<HealthGroup>;
  /** Case-file field. */
  healthNotes?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ИИН. Case-file field. */
  iin?: Maybe<Scalars['String']['output']>;
  languages: Array<Language>;
  lastName: Scalars['String']['output'];
  /** Case-file field. */
  legalStatus?: Maybe<LegalStatus>;
  /** Patronymic. */
  middleName?: Maybe<Scalars['String']['output']>;
  /** Newest first. */
  placements?: Maybe<Array<Placement>>;
  region: Region;
  /** Date of registration in the data bank. */
  registeredAt: Scalars['LocalDate']['output'];
  sex: Sex;
  siblingGroup?: Maybe<SiblingGroup>;
  /** The other children of the sibling group. */
  siblings: Array<Child>;
  /** Case-file field. */
  specialNeeds?: Maybe<Array<SpecialNeed>>;
  status: ChildStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Increases with every change; send it back with an update. */
  version: Scalars['Int']['output'];
};

export type ChildConnection = {
  __typename?: 'ChildConnection';
  edges: Array<ChildEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChildEdge = {
  __typename?: 'ChildEdge';
  cursor: Scalars['String']['output'];
  node: Child;
};

export type ChildFilter = {
  /** Full years, inclusive. */
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  /** Full years, inclusive. */
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  hasSpecialNeeds?: InputMaybe<Scalars['Boolean']['input']>;
  legalStatus?: InputMaybe<Array<LegalStatus>>;
  /** Defaults to your own region for regional staff. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Words of the name, in any case; Cyrillic and Kazakh letters work. */
  search?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
  /** Children with any of these needs. */
  specialNeeds?: InputMaybe<Array<SpecialNeed>>;
  status?: InputMaybe<Array<ChildStatus>>;
};

export type ChildStatus =
  | 'ADOPTED'
  | 'AWAITING_PLACEMENT'
  | 'IN_FAMILY_PLACEMENT'
  | 'IN_INSTITUTION'
  | 'LEFT_DATA_BANK';

export type DataBankExitReason =
  | 'DECLARED_MISSING_OR_DEAD'
  | 'DIED'
  | 'OTHER'
  | 'REACHED_MAJORITY'
  | 'RETURNED_TO_PARENTS';

export type DecisionKind =
  | 'CONTRACT'
  | 'COURT_DECISION'
  | 'GUARDIANSHIP_AUTHORITY_ACT';

export type HealthGroup =
  | 'I'
  | 'II'
  | 'III'
  | 'IV'
  | 'V';

export type Language =
  | 'ENGLISH'
  | 'GERMAN'
  | 'KAZAKH'
  | 'KOREAN'
  | 'RUSSIAN'
  | 'SIGN_LANGUAGE'
  | 'TURKISH'
  | 'UYGHUR'
  | 'UZBEK';

/** Why the child is in the data bank. */
export type LegalStatus =
  | 'ABANDONED'
  | 'LEFT_WITHOUT_PARENTAL_CARE'
  | 'ORPHAN'
  | 'PARENTS_DEPRIVED_OF_RIGHTS'
  | 'PARENTS_INCAPACITATED'
  | 'PARENTS_LIMITED_IN_RIGHTS'
  | 'PARENTS_MISSING'
  | 'PARENTS_SERVING_SENTENCE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Open to everyone. */
  login: AuthPayload;
  /** The child leaves the data bank (Code Art. 118-4). */
  recordDataBankExit: Child;
  registerChild: Child;
  updateChild: Child;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRecordDataBankExitArgs = {
  input: RecordDataBankExitInput;
};


export type MutationRegisterChildArgs = {
  input: RegisterChildInput;
};


export type MutationUpdateChildArgs = {
  input: UpdateChildInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Placement = {
  __typename?: 'Placement';
  createdAt: Scalars['DateTimeISO']['output'];
  decisionDate?: Maybe<Scalars['LocalDate']['output']>;
  decisionKind?: Maybe<DecisionKind>;
  /** Court decision or contract number. */
  decisionReference?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<PlacementEndReason>;
  endedAt?: Maybe<Scalars['LocalDate']['output']>;
  form: PlacementForm;
  id: Scalars['ID']['output'];
  startedAt?: Maybe<Scalars['LocalDate']['output']>;
  status: PlacementStatus;
  version: Scalars['Int']['output'];
};

export type PlacementEndReason =
  | 'ADOPTION_REVOKED'
  | 'BREAKDOWN'
  | 'CHILD_REACHED_MAJORITY'
  | 'NOT_APPROVED'
  | 'OTHER'
  | 'RETURNED_TO_PARENTS'
  | 'TERM_EXPIRED'
  | 'TRANSFERRED'
  | 'WITHDRAWN_BEFORE_APPROVAL';

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

export type Query = {
  __typename?: 'Query';
  /** A child of your region (any region for administrators). */
  child: Child;
  children: ChildConnection;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /** Reference data: open to everyone. */
  regions: Array<Region>;
};


export type QueryChildArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChildFilter>;
  first?: Scalars['Int']['input'];
};

export type RecordDataBankExitInput = {
  childId: Scalars['ID']['input'];
  exitedAt: Scalars['LocalDate']['input'];
  reason: DataBankExitReason;
  version: Scalars['Int']['input'];
};

/** An oblast or a city of republican significance. */
export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
  kind: RegionKind;
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Name in Kazakh. */
  nameKk: Scalars['String']['output'];
  /** Name in Russian. */
  nameRu: Scalars['String']['output'];
  /** Codes of bordering regions. */
  neighbours: Array<Scalars['String']['output']>;
};

export type RegionKind =
  | 'CITY'
  | 'REGION';

export type RegisterChildInput = {
  birthDate: Scalars['LocalDate']['input'];
  caseNotes?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  healthGroup: HealthGroup;
  healthNotes?: InputMaybe<Scalars['String']['input']>;
  iin: Scalars['String']['input'];
  languages?: Array<Language>;
  lastName: Scalars['String']['input'];
  legalStatus: LegalStatus;
  middleName?: InputMaybe<Scalars['String']['input']>;
  regionCode: Scalars['String']['input'];
  /** Date of registration in the data bank. */
  registeredAt: Scalars['LocalDate']['input'];
  sex: Sex;
  /** Join an existing sibling group. */
  siblingGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** Start a new sibling group with this child. */
  siblingOfChildId?: InputMaybe<Scalars['ID']['input']>;
  specialNeeds?: Array<SpecialNeed>;
  /** AWAITING_PLACEMENT or IN_INSTITUTION. */
  status?: ChildStatus;
};

export type Role =
  | 'ADMIN'
  | 'FAMILY'
  | 'MENTOR_COORDINATOR'
  | 'SOCIAL_WORKER';

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Brothers and sisters to be placed together. */
export type SiblingGroup = {
  __typename?: 'SiblingGroup';
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

export type SpecialNeed =
  | 'AUTISM_SPECTRUM'
  | 'BEHAVIOURAL'
  | 'CHRONIC_ILLNESS'
  | 'DEVELOPMENTAL_DELAY'
  | 'HEARING_IMPAIRMENT'
  | 'HIV'
  | 'INTELLECTUAL_DISABILITY'
  | 'PHYSICAL_DISABILITY'
  | 'VISUAL_IMPAIRMENT';

/** Fields left out are not changed. */
export type UpdateChildInput = {
  caseNotes?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  healthGroup?: InputMaybe<HealthGroup>;
  healthNotes?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  languages?: InputMaybe<Array<Language>>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  legalStatus?: InputMaybe<LegalStatus>;
  middleName?: InputMaybe<Scalars['String']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  specialNeeds?: InputMaybe<Array<SpecialNeed>>;
  /** The version you read; a newer one on the server means CONFLICT. */
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type ChildFilter = {
  /** Full years, inclusive. */
  ageMax?: number | null | undefined;
  /** Full years, inclusive. */
  ageMin?: number | null | undefined;
  hasSpecialNeeds?: boolean | null | undefined;
  legalStatus?: Array<LegalStatus> | null | undefined;
  /** Defaults to your own region for regional staff. */
  regionCode?: string | null | undefined;
  /** Words of the name, in any case; Cyrillic and Kazakh letters work. */
  search?: string | null | undefined;
  sex?: Sex | null | undefined;
  /** Children with any of these needs. */
  specialNeeds?: Array<SpecialNeed> | null | undefined;
  status?: Array<ChildStatus> | null | undefined;
};

export type ChildStatus =
  | 'ADOPTED'
  | 'AWAITING_PLACEMENT'
  | 'IN_FAMILY_PLACEMENT'
  | 'IN_INSTITUTION'
  | 'LEFT_DATA_BANK';

export type DataBankExitReason =
  | 'DECLARED_MISSING_OR_DEAD'
  | 'DIED'
  | 'OTHER'
  | 'REACHED_MAJORITY'
  | 'RETURNED_TO_PARENTS';

export type HealthGroup =
  | 'I'
  | 'II'
  | 'III'
  | 'IV'
  | 'V';

export type Language =
  | 'ENGLISH'
  | 'GERMAN'
  | 'KAZAKH'
  | 'KOREAN'
  | 'RUSSIAN'
  | 'SIGN_LANGUAGE'
  | 'TURKISH'
  | 'UYGHUR'
  | 'UZBEK';

/** Why the child is in the data bank. */
export type LegalStatus =
  | 'ABANDONED'
  | 'LEFT_WITHOUT_PARENTAL_CARE'
  | 'ORPHAN'
  | 'PARENTS_DEPRIVED_OF_RIGHTS'
  | 'PARENTS_INCAPACITATED'
  | 'PARENTS_LIMITED_IN_RIGHTS'
  | 'PARENTS_MISSING'
  | 'PARENTS_SERVING_SENTENCE';

export type RecordDataBankExitInput = {
  childId: string | number;
  exitedAt: string;
  reason: DataBankExitReason;
  version: number;
};

export type RegionKind =
  | 'CITY'
  | 'REGION';

export type RegisterChildInput = {
  birthDate: string;
  caseNotes?: string | null | undefined;
  firstName: string;
  healthGroup: HealthGroup;
  healthNotes?: string | null | undefined;
  iin: string;
  languages?: Array<Language>;
  lastName: string;
  legalStatus: LegalStatus;
  middleName?: string | null | undefined;
  regionCode: string;
  /** Date of registration in the data bank. */
  registeredAt: string;
  sex: Sex;
  /** Join an existing sibling group. */
  siblingGroupId?: string | number | null | undefined;
  /** Start a new sibling group with this child. */
  siblingOfChildId?: string | number | null | undefined;
  specialNeeds?: Array<SpecialNeed>;
  /** AWAITING_PLACEMENT or IN_INSTITUTION. */
  status?: ChildStatus;
};

export type Role =
  | 'ADMIN'
  | 'FAMILY'
  | 'MENTOR_COORDINATOR'
  | 'SOCIAL_WORKER';

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SpecialNeed =
  | 'AUTISM_SPECTRUM'
  | 'BEHAVIOURAL'
  | 'CHRONIC_ILLNESS'
  | 'DEVELOPMENTAL_DELAY'
  | 'HEARING_IMPAIRMENT'
  | 'HIV'
  | 'INTELLECTUAL_DISABILITY'
  | 'PHYSICAL_DISABILITY'
  | 'VISUAL_IMPAIRMENT';

/** Fields left out are not changed. */
export type UpdateChildInput = {
  caseNotes?: string | null | undefined;
  firstName?: string | null | undefined;
  healthGroup?: HealthGroup | null | undefined;
  healthNotes?: string | null | undefined;
  id: string | number;
  languages?: Array<Language> | null | undefined;
  lastName?: string | null | undefined;
  legalStatus?: LegalStatus | null | undefined;
  middleName?: string | null | undefined;
  regionCode?: string | null | undefined;
  specialNeeds?: Array<SpecialNeed> | null | undefined;
  /** The version you read; a newer one on the server means CONFLICT. */
  version: number;
};

export type ChildFieldsFragment = { id: string, iin: string | null, lastName: string, firstName: string, middleName: string | null, birthDate: string, age: number, sex: Sex, status: ChildStatus, legalStatus: LegalStatus | null, specialNeeds: Array<SpecialNeed> | null, healthNotes: string | null, version: number, region: { code: string } };

export type ChildByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ChildByIdQuery = { child: { id: string, iin: string | null, lastName: string, firstName: string, middleName: string | null, birthDate: string, age: number, sex: Sex, status: ChildStatus, legalStatus: LegalStatus | null, specialNeeds: Array<SpecialNeed> | null, healthNotes: string | null, version: number, region: { code: string } } };

export type ChildrenQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ChildFilter | null | undefined;
}>;


export type ChildrenQuery = { children: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, lastName: string, firstName: string, age: number, region: { code: string } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type RegisterChildMutationVariables = Exact<{
  input: RegisterChildInput;
}>;


export type RegisterChildMutation = { registerChild: { id: string, iin: string | null, lastName: string, firstName: string, middleName: string | null, birthDate: string, age: number, sex: Sex, status: ChildStatus, legalStatus: LegalStatus | null, specialNeeds: Array<SpecialNeed> | null, healthNotes: string | null, version: number, region: { code: string } } };

export type UpdateChildMutationVariables = Exact<{
  input: UpdateChildInput;
}>;


export type UpdateChildMutation = { updateChild: { id: string, iin: string | null, lastName: string, firstName: string, middleName: string | null, birthDate: string, age: number, sex: Sex, status: ChildStatus, legalStatus: LegalStatus | null, specialNeeds: Array<SpecialNeed> | null, healthNotes: string | null, version: number, region: { code: string } } };

export type RecordDataBankExitMutationVariables = Exact<{
  input: RecordDataBankExitInput;
}>;


export type RecordDataBankExitMutation = { recordDataBankExit: { id: string, status: ChildStatus, exitReason: DataBankExitReason | null, exitedAt: string | null } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, role: Role } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, role: Role } | null };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ code: string, nameKk: string, nameRu: string, nameEn: string, kind: RegionKind }> };

export const ChildFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ChildFieldsFragment, unknown>;
export const ChildByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ChildByIdQuery, ChildByIdQueryVariables>;
export const ChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Children"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenQuery, ChildrenQueryVariables>;
export const RegisterChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RegisterChildMutation, RegisterChildMutationVariables>;
export const UpdateChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChildFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChildFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Child"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iin"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"middleName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"specialNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"healthNotes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateChildMutation, UpdateChildMutationVariables>;
export const RecordDataBankExitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDataBankExit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDataBankExitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDataBankExit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"exitReason"}},{"kind":"Field","name":{"kind":"Name","value":"exitedAt"}}]}}]}}]} as unknown as DocumentNode<RecordDataBankExitMutation, RecordDataBankExitMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameKk"}},{"kind":"Field","name":{"kind":"Name","value":"nameRu"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;