import { ref, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import { conflict, forbidden, notFound } from '../../shared/app-error.js';
import { normalizeSearchText, searchTerms } from '../../shared/search-text.js';
import { isUuid } from '../../shared/uuid.js';
import { recordAudit, suppliedFields } from '../audit/audit.service.js';
import { assertRegionAccess, districtFor, districtLimit, requireActor } from '../identity/access-policy.js';
import { findDistrict, findRegion } from '../regions/region.service.js';
import { Institution } from './institution.entity.js';
import type { InstitutionFilter, RegisterInstitutionInput, UpdateInstitutionInput } from './institution.inputs.js';

/**
 * The registry of institutions. Reading is open to all staff, of every region: the registry is
 * public information and a child may live in a specialised home of another region. Writing is for
 * administrators and the social workers of the institution's region (and district, for staff of
 * one district): the guardianship bodies keep the register of the homes they place children from.
 */

export async function getInstitution(ctx: Context, id: string): Promise<Institution> {
  requireActor(ctx.actor);
  const institution = isUuid(id) ? await ctx.em.findOne(Institution, { id }) : null;
  if (!institution) throw notFound('Institution');
  return institution;
}

export function listInstitutions(ctx: Context, filter: InstitutionFilter = {}, page: PageArgs) {
  requireActor(ctx.actor);
  const conditions: FilterQuery<Institution>[] = [];
  if (filter.regionCode) conditions.push({ region: filter.regionCode });
  if (filter.districtCode) conditions.push({ district: filter.districtCode });
  if (filter.kind?.length) conditions.push({ kind: { $in: filter.kind } });
  for (const term of searchTerms(filter.search ?? '')) {
    conditions.push({ searchName: { $like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
  }
  return paginate(ctx.em, Institution, conditions.length ? { $and: conditions } : {}, page);
}

export async function registerInstitution(ctx: Context, input: RegisterInstitutionInput): Promise<Institution> {
  const actor = requireActor(ctx.actor);
  assertRegionAccess(actor, input.regionCode);
  const districtCode = districtFor(actor, input.districtCode);
  return ctx.em.transactional(async (em) => {
    const region = await findRegion(em, input.regionCode);
    const district = districtCode ? await findDistrict(em, districtCode, region.code) : undefined;
    const institution = em.create(Institution, {
      name: input.name,
      searchName: normalizeSearchText(input.name),
      kind: input.kind,
      region,
      district,
      settlement: input.settlement,
      address: input.address,
      capacity: input.capacity,
    });
    recordAudit(em, ctx, { action: 'institution.register', entityName: 'Institution', entityId: institution.id, changedFields: suppliedFields(input) });
    return institution;
  });
}

export async function updateInstitution(ctx: Context, input: UpdateInstitutionInput): Promise<Institution> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const institution = isUuid(input.id) ? await em.findOne(Institution, { id: input.id }) : null;
    if (!institution) throw notFound('Institution');
    assertRegionAccess(actor, institution.region.code);
    const limit = districtLimit(actor);
    if (limit !== undefined && institution.district?.code !== limit) throw forbidden('You work only with records of your own district');
    if (institution.version !== input.version) throw conflict('The institution was changed by someone else; reload and try again');
    if (input.districtCode !== undefined) {
      const code = districtFor(actor, input.districtCode);
      institution.district = code ? ref(await findDistrict(em, code, institution.region.code)) : undefined;
    }
    if (input.name != null) {
      institution.name = input.name;
      institution.searchName = normalizeSearchText(input.name);
    }
    if (input.kind != null) institution.kind = input.kind;
    if (input.settlement != null) institution.settlement = input.settlement;
    if (input.address != null) institution.address = input.address;
    if (input.capacity != null) institution.capacity = input.capacity;
    recordAudit(em, ctx, { action: 'institution.update', entityName: 'Institution', entityId: institution.id, changedFields: suppliedFields(input) });
    return institution;
  });
}
