import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { AppError, badInput, ErrorCode, rejectProblems, tooManyAttempts } from '../../shared/app-error.js';
import type { Locale } from '../../shared/locale.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireActor } from './access-policy.js';
import type { Actor } from './actor.js';
import { databaseAttemptLog } from './attempt-log.js';
import { createLoginThrottle } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import { passwordProblem } from './password-policy.js';
import type { TokenService } from './token.js';
import { User } from './user.entity.js';

/** Sign-ins, failed and successful, per email and per client address, counted in the database (see login-throttle.ts). */
const loginThrottle = createLoginThrottle('sign-in');

/** Verified against when the email is unknown, so both failures take the same time. */
const decoyHash = hashPassword('decoy-password-never-matches');

/** Every lock answers alike: which limit was reached (failures, successes, email, address) would tell a stranger something. */
export function refuseWhileLocked(waitMs: number): void {
  if (waitMs > 0) throw tooManyAttempts(`Too many sign-in attempts; try again in ${Math.ceil(waitMs / 60_000)} min`, waitMs);
}

export async function login(ctx: Context, email: string, password: string) {
  refuseWhileLocked(await loginThrottle.begin(databaseAttemptLog(ctx.em), email, ctx.clientAddress));
  const user = await ctx.em.findOne(User, { email: email.trim().toLowerCase() });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !valid || user.disabled) {
    // One answer for every failure: an attacker learns nothing about which emails exist.
    throw new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password');
  }
  refuseWhileLocked(await loginThrottle.succeeded(databaseAttemptLog(ctx.em), email, ctx.clientAddress));
  return ctx.em.transactional(async (em) => {
    user.lastLoginAt = new Date();
    recordAudit(em, { ...ctx, actor: actorOf(user) }, { action: 'user.login', entityName: 'User', entityId: user.id });
    const { token, expiresAt } = await ctx.tokens.sign({ userId: user.id, tokenVersion: user.tokenVersion });
    return { token, expiresAt, user };
  });
}

/** Ends every session of the caller, on every device: tokens carry the user's token version, and this raises it. */
export async function logout(ctx: Context): Promise<boolean> {
  const actor = requireActor(ctx.actor);
  await ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, { id: actor.userId });
    user.tokenVersion += 1;
    recordAudit(em, ctx, { action: 'user.logout', entityName: 'User', entityId: user.id });
  });
  return true;
}

/**
 * Sets a new password once the current one is proven, throttled like a sign-in (it is one), if
 * the password policy (password-policy.ts) allows it.
 * Every session ends, this one included: the database raises the token version with the hash.
 */
export async function changePassword(ctx: Context, currentPassword: string, newPassword: string): Promise<boolean> {
  const actor = requireActor(ctx.actor);
  const user = await ctx.em.findOneOrFail(User, { id: actor.userId });
  refuseWhileLocked(await loginThrottle.begin(databaseAttemptLog(ctx.em), user.email, ctx.clientAddress));
  if (!(await verifyPassword(user.passwordHash ?? (await decoyHash), currentPassword))) throw badInput('currentPassword', 'The current password is wrong');
  refuseWhileLocked(await loginThrottle.succeeded(databaseAttemptLog(ctx.em), user.email, ctx.clientAddress));
  rejectProblems([passwordProblem('newPassword', newPassword, user.email)]);
  const passwordHash = await hashPassword(newPassword);
  await ctx.em.transactional(async (em) => {
    (await em.findOneOrFail(User, { id: user.id })).passwordHash = passwordHash;
    recordAudit(em, ctx, { action: 'user.change-password', entityName: 'User', entityId: user.id, changedFields: ['password'] });
  });
  return true;
}

export async function setMyLanguage(ctx: Context, language: Locale): Promise<User> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, { id: actor.userId });
    user.language = language;
    recordAudit(em, ctx, { action: 'user.set-language', entityName: 'User', entityId: user.id, changedFields: ['language'] });
    return user;
  });
}

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    role: user.role,
    regionCode: user.region?.code,
    districtCode: user.district?.code,
    familyId: user.family?.id,
    mentorId: user.mentor?.id,
  };
}

/**
 * The actor behind a bearer token, read fresh so a disabled account stops at once and a
 * session ended (logout, password change, disabling) stops with the same single query.
 */
export async function actorForToken(em: EntityManager, tokens: TokenService, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const claims = await tokens.verify(token);
  if (!claims) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The token is invalid or has expired; sign in again');
  const user = await em.findOne(User, { id: claims.userId });
  if (!user || user.disabled) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The account is disabled or no longer exists');
  if (user.tokenVersion !== claims.tokenVersion) throw new AppError(ErrorCode.UNAUTHENTICATED, 'This session has ended; sign in again');
  return actorOf(user);
}

export async function currentUser(ctx: Context): Promise<User | null> {
  return ctx.actor ? ctx.em.findOne(User, { id: ctx.actor.userId }) : null;
}
