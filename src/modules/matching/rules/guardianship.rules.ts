import { PlacementForm } from '../../../shared/enums.js';
import { CODE, childLabel, fail, hasReachedAge, listLabels, pass, placementRule } from './support.js';

/** G-AGE: the form follows the child's age: guardianship (опека) under 14, custody (попечительство) 14 to 17. */
export const G_AGE = placementRule({
  code: 'G-AGE',
  version: 1,
  description:
    'Guardianship is for children under `custodyFromAge` (14), custody for children from 14 to 17. The child asked about must fit ' +
    'the form; a brother or sister of the other age group is placed with the same family in the other form, which the family must hold.',
  legalBasis: `${CODE}: guardianship (опека) over children under 14, custody (попечительство) over children aged 14 to 18`,
  confidence: 'medium',
  kind: 'HARD',
  forms: [PlacementForm.GUARDIANSHIP, PlacementForm.CUSTODY],
  params: { custodyFromAge: 14, majorityAge: 18 },
  evaluate(facts, params) {
    const guardianship = facts.form === PlacementForm.GUARDIANSHIP;
    const otherForm = guardianship ? PlacementForm.CUSTODY : PlacementForm.GUARDIANSHIP;
    let misfits: string[] | null = null;
    let needsOtherForm = false;
    for (let c = 0; c < facts.children.length; c++) {
      const birthDate = facts.children[c]!.birthDate;
      const custodyAge = hasReachedAge(birthDate, params.custodyFromAge, facts.asOf);
      const adult = hasReachedAge(birthDate, params.majorityAge, facts.asOf);
      const fits = !adult && (guardianship ? !custodyAge : custodyAge);
      if (fits) continue;
      // A sibling of the other age group goes with the same family in the other form.
      if (c > 0 && !adult && facts.family.forms.includes(otherForm)) {
        needsOtherForm = true;
        continue;
      }
      (misfits ??= []).push(childLabel(c));
    }
    if (misfits === null) {
      const main = guardianship ? `Under ${params.custodyFromAge}: guardianship` : `${params.custodyFromAge} to ${params.majorityAge - 1}: custody`;
      return pass(needsOtherForm ? `${main}; siblings of the other age group in ${otherForm.toLowerCase()}` : main);
    }
    const verb = misfits.length === 1 ? 'is' : 'are';
    return fail(
      guardianship
        ? `Guardianship is for children under ${params.custodyFromAge}: ${listLabels(misfits)} ${verb} older (choose custody, or the family must also hold custody)`
        : `Custody is for children aged ${params.custodyFromAge} to ${params.majorityAge - 1}: ${listLabels(misfits)} ${verb} not (or the family must also hold guardianship)`,
    );
  },
});
