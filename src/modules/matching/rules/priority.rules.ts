import { PlacementForm } from '../../../shared/enums.js';
import { CLOSE_RELATIONS } from './disqualification.rules.js';
import {
  CODE,
  FAMILY_FORMS,
  addMonths,
  allResidentCitizens,
  capitalize,
  childLabel,
  fail,
  isRelativeOfCase,
  listLabels,
  notApplicable,
  pass,
  placementRule,
  soft,
  type NoParams,
} from './support.js';

/** Siblings together, and who comes first: relatives, then citizens living in Kazakhstan, then the rest. */

export const SIB = placementRule<NoParams>({
  code: 'SIB',
  version: 1,
  description:
    'Siblings are not separated: a placement that leaves siblings of the children behind fails, unless separation is in the ' +
    'children’s interest and the reason is recorded (override).',
  legalBasis: `${CODE}: brothers and sisters are placed together unless separation is in their interest`,
  confidence: 'low',
  kind: 'HARD',
  // A guest family only hosts a child for visits: it separates no one.
  forms: FAMILY_FORMS.filter((form) => form !== PlacementForm.GUEST_FAMILY),
  override: 'RECORDED_REASON',
  params: {},
  evaluate(facts) {
    if (facts.siblingsLeftBehind > 0) {
      return fail(`${facts.siblingsLeftBehind} sibling(s) would be left behind: place the group whole or record why separation is in the children’s interest`);
    }
    return facts.children.length === 1 && facts.children[0]!.siblingGroupId === undefined ? notApplicable('The child has no siblings') : pass('No sibling is left behind');
  },
});

export const PRI_1 = placementRule({
  code: 'PRI-1',
  version: 1,
  description:
    'Priority tiers: relatives of a child of the case (any citizenship) first, then families whose applicants are all RK citizens ' +
    'living in Kazakhstan, then RK citizens abroad and foreigners. The fit of each tier is a parameter.',
  legalBasis: `${CODE}: priority of relatives, then of RK citizens permanently residing in Kazakhstan`,
  confidence: 'medium',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 5, relativeFit: 1, residentCitizenFit: 0.6, otherFit: 0 },
  evaluate(facts, params) {
    if (isRelativeOfCase(facts.family, facts.children)) return soft(params.relativeFit, 'Priority tier 1: relatives of the child');
    if (allResidentCitizens(facts.family.applicants)) return soft(params.residentCitizenFit, 'Priority tier 2: RK citizens living in Kazakhstan');
    return soft(params.otherFit, 'Priority tier 3: RK citizens abroad or foreigners');
  },
});

export const PRI_2 = placementRule({
  code: 'PRI-2',
  version: 1,
  description:
    'Adoption by RK citizens living abroad or by foreigners (not relatives) only when no placement in Kazakhstan was possible: it ' +
    'needs the commission’s conclusion and every child registered in the data bank at least `foreignWaitMonths` before the date. ' +
    'The current waiting period is unknown; 3 months is the historical value. The accredited agency is checked on the placement.',
  legalBasis: `${CODE}; Rules for transferring children who are RK citizens for adoption (Government Decree No. 380 of 30 Mar 2012)`,
  confidence: 'low',
  kind: 'HARD',
  forms: [PlacementForm.ADOPTION],
  params: { foreignWaitMonths: 3 },
  evaluate(facts, params) {
    if (isRelativeOfCase(facts.family, facts.children)) return notApplicable('Relatives of the child: no foreign-adoption gate');
    if (allResidentCitizens(facts.family.applicants)) return notApplicable('The applicants are RK citizens living in Kazakhstan');
    if (!facts.foreignPlacementConclusion) {
      return fail('Adoption by applicants abroad or foreigners needs the commission’s conclusion that no placement in Kazakhstan was possible');
    }
    let waiting: string[] | null = null;
    let until = '';
    for (let c = 0; c < facts.children.length; c++) {
      const eligibleFrom = addMonths(facts.children[c]!.registeredAt, params.foreignWaitMonths);
      if (eligibleFrom > facts.asOf) {
        (waiting ??= []).push(childLabel(c));
        if (eligibleFrom > until) until = eligibleFrom;
      }
    }
    return waiting === null
      ? pass(`Commission’s conclusion recorded; every child has waited ${params.foreignWaitMonths} months in the data bank`)
      : fail(`${capitalize(listLabels(waiting))} registered less than ${params.foreignWaitMonths} months ago: foreign adoption possible from ${until}`);
  },
});

export const PRI_3 = placementRule({
  code: 'PRI-3',
  version: 1,
  description:
    'Close relatives (`closeRelations`) come first as guardians and custodians, then other relatives, then everyone else. The ' +
    'guardian’s own consent is their application.',
  legalBasis: `${CODE}: preference of close relatives as guardians and custodians; a guardian is appointed only with consent`,
  confidence: 'medium',
  kind: 'SOFT',
  forms: [PlacementForm.GUARDIANSHIP, PlacementForm.CUSTODY],
  params: { weight: 3, closeRelations: CLOSE_RELATIONS, otherRelativeFit: 0.5 },
  evaluate(facts, params) {
    if (isRelativeOfCase(facts.family, facts.children, params.closeRelations)) return soft(1, 'Close relatives of the child');
    if (isRelativeOfCase(facts.family, facts.children)) return soft(params.otherRelativeFit, 'Relatives of the child, not close');
    return soft(0, 'Not relatives of the child');
  },
});
