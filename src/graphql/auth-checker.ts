import type { AuthChecker } from 'type-graphql';
import { AppError, ErrorCode } from '../shared/app-error.js';
import type { Role } from '../shared/enums.js';
import type { Context } from './context.js';

/**
 * Role gate for every @Authorized field: no roles listed means any signed-in user.
 * Record-level rules (own region, own family) live in the access policy the services call.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.actor) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
  return roles.length === 0 || roles.includes(context.actor.role);
};
