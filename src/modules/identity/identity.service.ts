import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../shared/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Actor } from './actor.js';
import { createLoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import type { TokenService } from './token.js';
import { User } from './user.entity.js';

/** Failed sign-ins seen by this process, per email and per client address (see login-throttle.ts). */
const loginThrottle = createLoginThrottle();

/** Verified against when the email is unknown, so both failures take the same time. */
const decoyHash = hashPassword('decoy-password-never-matches');

export async function login(ctx: Context, email: string, password: string) {
  const waitMs = loginThrottle.begin(email, ctx.clientAddress);
  if (waitMs > 0) {
    // Says only what the caller already knows: it is being throttled.
    throw new AppError(ErrorCode.TOO_MANY_ATTEMPTS, `Too many failed sign-in attempts; try again in ${Math.ceil(waitMs / 60_000)} min`);
  }
  const user = await ctx.em.findOne(User, { email: email.trim().toLowerCase() });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !valid || user.disabled) {
    // One answer for every failure: an attacker learns nothing about which emails exist.
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password');
  }
  loginThrottle.succeeded(email, ctx.clientAddress);
  return ctx.em.transactional(async (em) => {
    user.lastLoginAt = new Date();
    recordAudit(em, { actor: actorOf(user), requestId: ctx.requestId }, { action: 'user.login', entityName: 'User', entityId: user.id });
    const { token, expiresAt } = await ctx.tokens.sign(user.id);
    return { token, expiresAt, user };
  });
}

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    role: user.role,
    regionCode: user.region?.code,
    familyId: user.family?.id,
    mentorId: user.mentor?.id,
  };
}

/** The actor behind a bearer token, read fresh so a disabled account stops at once. */
export async function actorForToken(em: EntityManager, tokens: TokenService, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const userId = await tokens.verify(token);
  if (!userId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The token is invalid or has expired; sign in again');
  const user = await em.findOne(User, { id: userId });
  if (!user || user.disabled) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The account is disabled or no longer exists');
  return actorOf(user);
}

export async function currentUser(ctx: Context): Promise<User | null> {
  return ctx.actor ? ctx.em.findOne(User, { id: ctx.actor.userId }) : null;
}
