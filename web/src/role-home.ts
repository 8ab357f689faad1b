import type { Role } from './gql/graphql';

/** Where each role starts. */
export const ROLE_HOME: Record<Role, string> = {
  SOCIAL_WORKER: '/worker',
  ADMIN: '/admin',
  MENTOR_COORDINATOR: '/coordinator',
  FAMILY: '/family',
  MENTOR: '/mentor',
  SUPERVISOR: '/supervisor',
};
