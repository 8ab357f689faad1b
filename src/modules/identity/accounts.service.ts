import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes } from 'node:crypto';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { AppError, badInput, conflict, ErrorCode, notFound, rejectProblems } from '../../shared/app-error.js';
import { Role } from '../../shared/enums.js';
import { isUuid } from '../../shared/uuid.js';
import { recordAudit, suppliedFields } from '../audit/audit.service.js';
import { FamilyApplicant } from '../families/family-applicant.entity.js';
import { getFamily } from '../families/family.service.js';
import { getMentor } from '../mentors/mentor.service.js';
import { NotificationTemplate } from '../notifications/notification-outbox.entity.js';
import { queueNotification } from '../notifications/outbox.js';
import { District } from '../regions/district.entity.js';
import { Region } from '../regions/region.entity.js';
import { requireActor } from './access-policy.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import type { CreateStaffAccountInput, StaffAccountFilter, UpdateStaffAccountInput } from './accounts.inputs.js';
import { actorOf, refuseWhileLocked } from './identity.service.js';
import { databaseAttemptLog } from './attempt-log.js';
import { createLoginThrottle } from './login-throttle.js';
import { hashPassword } from './password.js';
import { passwordProblem } from './password-policy.js';
import { User } from './user.entity.js';

/** Roles an administrator gives to staff accounts; families and mentors are invited from their records. */
const STAFF_ROLES: readonly Role[] = [Role.ADMIN, Role.SOCIAL_WORKER, Role.MENTOR_COORDINATOR, Role.SUPERVISOR];

export const ACCOUNT_TOKEN_TTL_MS = 72 * 3_600_000;

/**
 * Uses of one-time tokens and reset requests, per token or email and per client address, apart
 * from sign-ins so they do not eat the sign-in budget. A token is 32 random bytes and cannot be
 * guessed; the limit keeps a stranger from making the server hash passwords or send mail without end.
 */
const tokenThrottle = createLoginThrottle('account-token');

const normalizeEmail = (email: string) => email.trim().toLowerCase();
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token for the account, sent by the outbox; the account's earlier unused tokens of the purpose stop working. */
async function issueToken(em: EntityManager, user: User, purpose: AccountTokenPurpose): Promise<Date> {
  await em.nativeUpdate(AccountToken, { user, purpose, usedAt: null }, { usedAt: new Date() });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ACCOUNT_TOKEN_TTL_MS);
  em.create(AccountToken, { user, purpose, tokenHash: hashToken(token), expiresAt });
  const template = purpose === AccountTokenPurpose.ACTIVATION ? NotificationTemplate.ACCOUNT_ACTIVATION : NotificationTemplate.PASSWORD_RESET;
  queueNotification(em, user, template, { token, expiresAt: expiresAt.toISOString() });
  return expiresAt;
}

async function assertEmailFree(em: EntityManager, email: string): Promise<void> {
  if (await em.count(User, { email })) throw new AppError(ErrorCode.CONFLICT, 'This email is already in use', 'email');
}

/** Where a staff account works: administrators nowhere in particular, the others in one region, and maybe one of its districts. */
async function checkPlacement(em: EntityManager, role: Role, regionCode: string | undefined, districtCode: string | undefined): Promise<void> {
  // An empty code is a code, and names no region or district: refused like any unknown one.
  const given = (code: string | undefined) => code != null;
  if (role === Role.ADMIN) {
    rejectProblems([given(regionCode) || given(districtCode) ? { field: given(regionCode) ? 'regionCode' : 'districtCode', message: 'An administrator works with every region: give no region or district' } : null]);
    return;
  }
  if (!regionCode) throw badInput('regionCode', 'A worker or coordinator works in one region: give its code');
  if (!(await em.count(Region, { code: regionCode }))) throw badInput('regionCode', 'Unknown region');
  if (districtCode !== undefined && !(await em.count(District, { code: districtCode, region: regionCode }))) throw badInput('districtCode', 'Unknown district, or a district of another region');
}

/** An administrator may not lock themselves out. */
function assertNotSelf(ctx: Context, user: User): void {
  if (user.id === requireActor(ctx.actor).userId) throw badInput('id', 'You cannot change the role of, or disable, your own account');
}

export async function createStaffAccount(ctx: Context, input: CreateStaffAccountInput): Promise<User> {
  if (!STAFF_ROLES.includes(input.role)) throw badInput('role', 'Families and mentors are invited from their records (inviteFamily, inviteMentor)');
  const email = normalizeEmail(input.email);
  return ctx.em.transactional(async (em) => {
    await checkPlacement(em, input.role, input.regionCode, input.districtCode);
    await assertEmailFree(em, email);
    const user = em.create(User, { email, displayName: input.displayName, role: input.role, region: input.regionCode, district: input.districtCode });
    await issueToken(em, user, AccountTokenPurpose.ACTIVATION);
    recordAudit(em, ctx, { action: 'user.create-staff', entityName: 'User', entityId: user.id, changedFields: suppliedFields(input) });
    return user;
  });
}

async function staffAccount(em: EntityManager, id: string): Promise<User> {
  const user = isUuid(id) ? await em.findOne(User, { id, role: { $in: STAFF_ROLES } }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!user) throw notFound('Staff account');
  return user;
}

export async function updateStaffAccount(ctx: Context, input: UpdateStaffAccountInput): Promise<User> {
  if (input.role && !STAFF_ROLES.includes(input.role)) throw badInput('role', 'Families and mentors are invited from their records (inviteFamily, inviteMentor)');
  return ctx.em.transactional(async (em) => {
    const user = await staffAccount(em, input.id);
    if (input.role && input.role !== user.role) assertNotSelf(ctx, user);
    const role = input.role ?? user.role;
    const regionCode = input.regionCode === undefined ? user.region?.code : (input.regionCode ?? undefined);
    // A new region takes the account out of its old district unless one is given.
    const keepsDistrict = input.districtCode === undefined && regionCode === user.region?.code;
    const districtCode = keepsDistrict ? user.district?.code : (input.districtCode ?? undefined);
    await checkPlacement(em, role, regionCode, districtCode);
    em.assign(user, { role, region: regionCode ?? null, district: districtCode ?? null, ...(input.displayName ? { displayName: input.displayName } : {}) });
    recordAudit(em, ctx, { action: 'user.update-staff', entityName: 'User', entityId: user.id, changedFields: suppliedFields(input) });
    return user;
  });
}

/** Disables or enables any account; disabling ends its sessions at once (the database raises its token version). */
export async function setAccountDisabled(ctx: Context, id: string, disabled: boolean): Promise<User> {
  return ctx.em.transactional(async (em) => {
    const user = isUuid(id) ? await em.findOne(User, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!user) throw notFound('Account');
    assertNotSelf(ctx, user);
    if (user.disabled === disabled) return user;
    user.disabled = disabled;
    recordAudit(em, ctx, { action: disabled ? 'user.disable' : 'user.enable', entityName: 'User', entityId: user.id, changedFields: ['disabled'] });
    return user;
  });
}

export function listStaffAccounts(ctx: Context, filter: StaffAccountFilter = {}, page: PageArgs) {
  requireActor(ctx.actor);
  if (filter.role && !STAFF_ROLES.includes(filter.role)) throw badInput('filter.role', 'Not a staff role');
  const where: FilterQuery<User> = { role: filter.role ?? { $in: STAFF_ROLES } };
  if (filter.regionCode) where.region = filter.regionCode;
  if (filter.disabled !== undefined && filter.disabled !== null) where.disabled = filter.disabled;
  return paginate(ctx.em, User, where, page);
}

/** An invitation sent: the account is the family's or mentor's, not the inviting worker's to read. */
export interface AccountInvitation {
  accountId: string;
  expiresAt: Date;
}

/** A new account bound to a family or mentor record, with its activation link in the outbox. */
async function invite(ctx: Context, em: EntityManager, email: string, data: { role: Role; displayName: string; family?: string; mentor?: string }, action: string) {
  const bound = data.family ? { family: data.family } : { mentor: data.mentor };
  if (await em.count(User, bound)) throw conflict(data.family ? 'This family already has an account' : 'This mentor already has an account');
  await assertEmailFree(em, email);
  const user = em.create(User, { email, ...data });
  const expiresAt = await issueToken(em, user, AccountTokenPurpose.ACTIVATION);
  recordAudit(em, ctx, { action, entityName: 'User', entityId: user.id, changedFields: ['email', data.family ? 'family' : 'mentor'] });
  return { accountId: user.id, expiresAt };
}

export async function inviteFamily(ctx: Context, familyId: string, email: string): Promise<AccountInvitation> {
  return ctx.em.transactional(async (em) => {
    const family = await getFamily(ctx, familyId, em);
    // Locked, so two invitations of one family at once cannot both find it without an account.
    await em.lock(family, LockMode.PESSIMISTIC_WRITE);
    const first = await em.findOneOrFail(FamilyApplicant, { family, position: 1 });
    const displayName = `${first.firstName} ${first.lastName}`;
    return invite(ctx, em, normalizeEmail(email), { role: Role.FAMILY, displayName, family: family.id }, 'user.invite-family');
  });
}

export async function inviteMentor(ctx: Context, mentorId: string, email: string): Promise<AccountInvitation> {
  return ctx.em.transactional(async (em) => {
    const mentor = await getMentor(ctx, mentorId, em);
    await em.lock(mentor, LockMode.PESSIMISTIC_WRITE);
    const displayName = `${mentor.firstName} ${mentor.lastName}`;
    return invite(ctx, em, normalizeEmail(email), { role: Role.MENTOR, displayName, mentor: mentor.id }, 'user.invite-mentor');
  });
}

const UNUSABLE_TOKEN = 'This link is not valid: it has expired or has been used. Ask for a new one';

/**
 * Sets the password of the account a one-time token was issued to, and spends the token and every
 * other open token of the account. The token row is locked: of two uses at once, one wins.
 */
async function setPasswordByToken(ctx: Context, purpose: AccountTokenPurpose, token: string, password: string, action: string): Promise<boolean> {
  const tokenHash = hashToken(token);
  refuseWhileLocked(await tokenThrottle.begin(databaseAttemptLog(ctx.em), tokenHash, ctx.clientAddress));
  await ctx.em.transactional(async (em) => {
    const issued = await em.findOne(AccountToken, { tokenHash, purpose }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const user = issued ? await em.findOne(User, { id: issued.user.id }) : null;
    if (!issued || !user || issued.usedAt || issued.expiresAt <= new Date() || user.disabled) throw badInput('token', UNUSABLE_TOKEN);
    rejectProblems([passwordProblem('password', password, user.email)]);
    user.passwordHash = await hashPassword(password);
    await em.nativeUpdate(AccountToken, { user, usedAt: null }, { usedAt: new Date() });
    recordAudit(em, { ...ctx, actor: actorOf(user) }, { action, entityName: 'User', entityId: user.id, changedFields: ['password'] });
  });
  refuseWhileLocked(await tokenThrottle.succeeded(databaseAttemptLog(ctx.em), tokenHash, ctx.clientAddress));
  return true;
}

export function activateAccount(ctx: Context, token: string, password: string): Promise<boolean> {
  return setPasswordByToken(ctx, AccountTokenPurpose.ACTIVATION, token, password, 'user.activate');
}

export function resetPassword(ctx: Context, token: string, password: string): Promise<boolean> {
  return setPasswordByToken(ctx, AccountTokenPurpose.PASSWORD_RESET, token, password, 'user.reset-password');
}

/**
 * Sends a reset link to an enabled account with this email. The answer is the same whether or not
 * there is one, and every request counts against the email's and the address's limits alike.
 */
export async function requestPasswordReset(ctx: Context, email: string): Promise<boolean> {
  // Counted as a success whatever the email: 10 requests per email and 60 per address in the window.
  refuseWhileLocked(await tokenThrottle.begin(databaseAttemptLog(ctx.em), email, ctx.clientAddress));
  refuseWhileLocked(await tokenThrottle.succeeded(databaseAttemptLog(ctx.em), email, ctx.clientAddress));
  await ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { email: normalizeEmail(email), disabled: false });
    if (!user) return;
    await issueToken(em, user, AccountTokenPurpose.PASSWORD_RESET);
    recordAudit(em, ctx, { action: 'user.request-password-reset', entityName: 'User', entityId: user.id });
  });
  return true;
}
