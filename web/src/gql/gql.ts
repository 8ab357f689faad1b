/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user { id email displayName role regionCode districtCode }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  query WorkerMyDay {\n    waiting: children(first: 1, filter: { status: [AWAITING_PLACEMENT] }) { totalCount }\n    inProgress: placements(first: 20, filter: { status: [PROPOSED, APPROVED, INTRODUCTION, TRIAL] }) {\n      totalCount\n      edges { node { id status form createdAt child { id firstName lastName } family { id applicants { firstName lastName } } } }\n    }\n    overdue: placements(first: 1, filter: { overdue: true }) { totalCount }\n  }\n": typeof types.WorkerMyDayDocument,
};
const documents: Documents = {
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user { id email displayName role regionCode districtCode }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  query WorkerMyDay {\n    waiting: children(first: 1, filter: { status: [AWAITING_PLACEMENT] }) { totalCount }\n    inProgress: placements(first: 20, filter: { status: [PROPOSED, APPROVED, INTRODUCTION, TRIAL] }) {\n      totalCount\n      edges { node { id status form createdAt child { id firstName lastName } family { id applicants { firstName lastName } } } }\n    }\n    overdue: placements(first: 1, filter: { overdue: true }) { totalCount }\n  }\n": types.WorkerMyDayDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user { id email displayName role regionCode districtCode }\n    }\n  }\n"): typeof import('./graphql').ConsoleLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerMyDay {\n    waiting: children(first: 1, filter: { status: [AWAITING_PLACEMENT] }) { totalCount }\n    inProgress: placements(first: 20, filter: { status: [PROPOSED, APPROVED, INTRODUCTION, TRIAL] }) {\n      totalCount\n      edges { node { id status form createdAt child { id firstName lastName } family { id applicants { firstName lastName } } } }\n    }\n    overdue: placements(first: 1, filter: { overdue: true }) { totalCount }\n  }\n"): typeof import('./graphql').WorkerMyDayDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
