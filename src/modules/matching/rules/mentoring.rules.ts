import { CheckResult, Citizenship } from '../../../shared/enums.js';
import type { MatchingForm } from '../rule.js';
import { languageFit, locationFit } from './ranking.rules.js';
import { fail, hasReachedAge, mentoringRule, needsAction, notApplicable, pass, soft, type NoParams } from './support.js';

/**
 * Mentoring (наставничество): a volunteer mentor for a child aged 10+ in an institution. The
 * mentor must meet the guardians' requirements (M-ELIGIBLE, M-CHECK) and, since the Law of
 * 2025-02-10, hold the training certificate (M-CERT): split in three rules so that each has
 * its own kind (HARD or ACTION) and the certificate its own validity window.
 */

const MENTORING: readonly MatchingForm[] = ['MENTORING'];
const MENTORING_LAW = 'Law of the RK of 2025-02-10 on mentoring (наставничество) of orphans and children without parental care';
const POLICY = 'Matching policy, not law';

export const M_AGE = mentoringRule({
  code: 'M-AGE',
  version: 1,
  description:
    'Mentees are children aged `menteeMinAge` (10) or over; the upper age, for care leavers, is unknown in law and configurable ' +
    '(`menteeMaxAge`, 23 by default, inclusive).',
  legalBasis: `${MENTORING_LAW}: children aged 10 and over in institutions`,
  confidence: 'medium',
  kind: 'HARD',
  forms: MENTORING,
  params: { menteeMinAge: 10, menteeMaxAge: 23 },
  evaluate(facts, params) {
    const birthDate = facts.child.birthDate;
    if (!hasReachedAge(birthDate, params.menteeMinAge, facts.asOf)) return fail(`Mentees are ${params.menteeMinAge} or over`);
    if (hasReachedAge(birthDate, params.menteeMaxAge + 1, facts.asOf)) return fail(`Mentees are at most ${params.menteeMaxAge}`);
    return pass(`Aged ${params.menteeMinAge} to ${params.menteeMaxAge}`);
  },
});

export const M_ELIGIBLE = mentoringRule({
  code: 'M-ELIGIBLE',
  version: 1,
  description: 'The mentor is an adult (`minMentorAge`, 18) RK citizen whose background check (the guardians’ requirements) is not flagged.',
  legalBasis: `${MENTORING_LAW}: mentors meet the requirements for guardians`,
  confidence: 'medium',
  kind: 'HARD',
  forms: MENTORING,
  params: { minMentorAge: 18 },
  evaluate(facts, params) {
    const mentor = facts.mentor;
    if (!hasReachedAge(mentor.birthDate, params.minMentorAge, facts.asOf)) return fail(`The mentor is under ${params.minMentorAge}`);
    if (mentor.citizenship !== Citizenship.KAZAKHSTAN) return fail('The mentor is not an RK citizen');
    if (mentor.backgroundCheckResult === CheckResult.FLAGGED) return fail('The mentor’s background check is flagged');
    return pass('An adult RK citizen with no flagged background check');
  },
});

export const M_CHECK = mentoringRule<NoParams>({
  code: 'M-CHECK',
  version: 1,
  description: 'The mentor’s background check must have a result: while it is pending, the mentorship cannot advance.',
  legalBasis: `${MENTORING_LAW}: mentors meet the requirements for guardians`,
  confidence: 'medium',
  kind: 'ACTION',
  forms: MENTORING,
  params: {},
  evaluate(facts) {
    const mentor = facts.mentor;
    if (mentor.backgroundCheckResult === CheckResult.PENDING) return needsAction('The mentor’s background check is pending');
    if (mentor.backgroundCheckDate !== undefined && mentor.backgroundCheckDate > facts.asOf) return needsAction('The mentor’s background check was done after this date');
    return pass('The mentor’s background check has a result');
  },
});

export const M_CERT = mentoringRule<NoParams>({
  code: 'M-CERT',
  version: 1,
  description: 'From 2025-02-10 a mentor holds the certificate of the mentors’ training (with a test), after an interview and housing check.',
  legalBasis: `${MENTORING_LAW}: training with a test and a certificate; tripartite agreement mentor, guardianship authority, school`,
  confidence: 'medium',
  kind: 'HARD',
  forms: MENTORING,
  validFrom: '2025-02-10',
  params: {},
  evaluate(facts) {
    const certificate = facts.mentor.trainingCertificateDate;
    return certificate !== undefined && certificate <= facts.asOf ? pass('The mentor holds the training certificate') : fail('The mentor has no training certificate');
  },
});

export const M_CAPACITY = mentoringRule<NoParams>({
  code: 'M-CAPACITY',
  version: 1,
  description: 'The mentor has fewer open mentorships than the number of mentees they said they can take.',
  legalBasis: POLICY,
  confidence: 'high',
  kind: 'HARD',
  forms: MENTORING,
  params: {},
  evaluate(facts) {
    const { openMentorships, maxMentees } = facts.mentor;
    return openMentorships < maxMentees
      ? pass(`${openMentorships} of ${maxMentees} mentee places taken`)
      : fail(`The mentor already has ${openMentorships} mentee(s), their maximum is ${maxMentees}`);
  },
});

export const M_AVAILABLE = mentoringRule<NoParams>({
  code: 'M-AVAILABLE',
  version: 1,
  description: 'The mentor is available for a new mentorship.',
  legalBasis: POLICY,
  confidence: 'high',
  kind: 'HARD',
  forms: MENTORING,
  params: {},
  evaluate: (facts) => (facts.mentor.available ? pass('The mentor is available') : fail('The mentor is not available now')),
});

export const M_LOCATION = mentoringRule({
  code: 'M-LOCATION',
  version: 1,
  description: 'Closer is better: the child’s city 1, same region 0.7, a neighbouring region 0.4, elsewhere 0.',
  legalBasis: POLICY,
  confidence: 'high',
  kind: 'SOFT',
  forms: MENTORING,
  params: { weight: 2, sameRegionFit: 0.7, neighbouringRegionFit: 0.4 },
  evaluate: (facts, params) =>
    locationFit(facts.child, { regionCode: facts.mentor.regionCode, settlement: facts.mentor.city }, facts.neighbouringRegions, params),
});

export const M_LANGUAGE = mentoringRule({
  code: 'M-LANGUAGE',
  version: 1,
  description: 'The mentor speaks the child’s first language (1) or another of its languages (`otherLanguageFit`).',
  legalBasis: POLICY,
  confidence: 'high',
  kind: 'SOFT',
  forms: MENTORING,
  params: { weight: 2, otherLanguageFit: 0.5 },
  evaluate: (facts, params) =>
    languageFit(facts.child.languages, facts.mentor.languages, params.otherLanguageFit) ?? notApplicable('No language recorded for the child'),
});

export const M_LOAD = mentoringRule({
  code: 'M-LOAD',
  version: 1,
  description: 'Mentors with more free places come first: the share of their mentee places still free.',
  legalBasis: POLICY,
  confidence: 'high',
  kind: 'SOFT',
  forms: MENTORING,
  params: { weight: 1 },
  evaluate(facts) {
    const { openMentorships, maxMentees } = facts.mentor;
    return soft(maxMentees <= 0 ? 0 : 1 - openMentorships / maxMentees, `${openMentorships} of ${maxMentees} mentee places taken`);
  },
});
