import { describe, expect, it } from 'vitest';
import { PlacementForm } from '../../../shared/enums.js';
import { allRules, mentoringRules, placementRules } from './registry.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe('the rules registry', () => {
  it('gives every rule a unique stable code', () => {
    const codes = allRules.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('encodes every disqualification D1–D12 and the per-form rules of domain-rules.md', () => {
    const codes = allRules.map((rule) => rule.code);
    for (let i = 1; i <= 12; i++) expect(codes).toContain(`D${i}`);
    for (const code of ['A-AGE', 'A-ADULT', 'A-CONSENT', 'SIB', 'PRI-1', 'PRI-2', 'PRI-3', 'G-AGE', 'F-COUNT', 'P-CAP', 'P-STAY', 'P-SCOPE', 'P-CARER', 'M-AGE', 'M-CERT']) {
      expect(codes).toContain(code);
    }
  });

  it.each(allRules.map((rule) => [rule.code, rule] as const))('%s is documented data: version, description, legal basis, confidence, forms, dates', (_, rule) => {
    expect(rule.version).toBeGreaterThanOrEqual(1);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.legalBasis.length).toBeGreaterThan(10);
    expect(['high', 'medium', 'low']).toContain(rule.confidence);
    expect(rule.forms.length).toBeGreaterThan(0);
    if (rule.validFrom !== undefined) expect(rule.validFrom).toMatch(ISO_DATE);
    if (rule.validTo !== undefined) expect(rule.validTo).toMatch(ISO_DATE);
    if (rule.validFrom !== undefined && rule.validTo !== undefined) expect(rule.validFrom <= rule.validTo).toBe(true);
  });

  it('gives a positive weight to every SOFT rule, and to no other', () => {
    for (const rule of allRules) {
      if (rule.kind === 'SOFT') expect(rule.params.weight, rule.code).toBeGreaterThan(0);
      else expect(rule.params.weight, rule.code).toBeUndefined();
    }
  });

  it('lets only HARD rules be overridden: A-AGE by a court, SIB with a reason', () => {
    const overridable = allRules.filter((rule) => rule.override !== undefined);
    expect(overridable.map((rule) => [rule.code, rule.kind, rule.override])).toEqual([
      ['A-AGE', 'HARD', 'COURT_DECISION'],
      ['SIB', 'HARD', 'RECORDED_REASON'],
    ]);
  });

  it('keeps placement rules and mentoring rules apart', () => {
    expect(placementRules.every((rule) => !rule.forms.includes('MENTORING'))).toBe(true);
    expect(mentoringRules.every((rule) => rule.forms.length === 1 && rule.forms[0] === 'MENTORING')).toBe(true);
  });

  it('puts the weightiest ranking rule on the priority tiers', () => {
    const weights = placementRules.filter((rule) => rule.kind === 'SOFT').map((rule) => [rule.code, rule.params.weight as number] as const);
    const heaviest = weights.reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(heaviest[0]).toBe('PRI-1');
  });

  it('holds rules for every form of placement', () => {
    for (const form of Object.values(PlacementForm)) expect(placementRules.some((rule) => rule.forms.includes(form)), form).toBe(true);
  });
});
