import { describe, expect, it } from 'vitest';
import { PlacementForm } from '../../../shared/enums.js';
import { G_AGE } from './guardianship.rules.js';
import { child, family, placement, run } from './test-cases.js';

const { GUARDIANSHIP, CUSTODY } = PlacementForm;

describe('G-AGE: guardianship under 14, custody from 14 to 17 (on 2026-03-01)', () => {
  it.each([
    [GUARDIANSHIP, 'a child who turns 14 tomorrow', '2012-03-02', 'PASS'],
    [GUARDIANSHIP, 'a child who turned 14 today', '2012-03-01', 'FAIL'],
    [CUSTODY, 'a child who turned 14 today', '2012-03-01', 'PASS'],
    [CUSTODY, 'a child who turns 14 tomorrow', '2012-03-02', 'FAIL'],
    [CUSTODY, 'a child who turns 18 tomorrow', '2008-03-02', 'PASS'],
    [CUSTODY, 'a child who turned 18 today', '2008-03-01', 'FAIL'],
  ])('%s of %s: %s', (form, _, birthDate, outcome) => {
    expect(run(G_AGE, placement({ form, children: [child({ birthDate })] })).outcome).toBe(outcome);
  });

  it('fits the child asked about to the form; a sibling of the other age group needs the family to hold the other form', () => {
    const siblings = [child(), child({ id: 'child-2', birthDate: '2011-06-01' })];
    const guardianOnly = family({ forms: [GUARDIANSHIP] });
    expect(run(G_AGE, placement({ form: GUARDIANSHIP, children: siblings, family: guardianOnly }))).toEqual({
      outcome: 'FAIL',
      message: 'Guardianship is for children under 14: child 2 is older (choose custody, or the family must also hold custody)',
    });
    expect(run(G_AGE, placement({ form: GUARDIANSHIP, children: siblings }))).toEqual({
      outcome: 'PASS',
      message: 'Under 14: guardianship; siblings of the other age group in custody',
    });
    expect(run(G_AGE, placement({ form: CUSTODY, children: siblings })).message).toBe('Custody is for children aged 14 to 17: child 1 is not (or the family must also hold guardianship)');
  });

  it('follows the policy’s age', () => {
    expect(run(G_AGE, placement({ form: GUARDIANSHIP, children: [child({ birthDate: '2013-01-01' })] }), { custodyFromAge: 12 }).outcome).toBe('FAIL');
  });

  it('applies to guardianship and custody only', () => {
    expect(G_AGE.forms).toEqual([GUARDIANSHIP, CUSTODY]);
  });
});
