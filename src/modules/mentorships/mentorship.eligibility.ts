import type { EntityManager } from '@mikro-orm/postgresql';
import { notEligible } from '../../shared/app-error.js';
import { today } from '../../shared/dates.js';
import { compilePolicy, mentoringRules } from '../matching/evaluate.js';
import { asMatchingPolicy, currentPolicy } from '../matching/matching-policy.service.js';
import { loadChildWithSiblings, loadMentors, loadNeighbours } from '../matching/matching.repository.js';

/**
 * The server's own check of a mentor and a child against the mentoring rules (M-AGE, M-CERT,
 * capacity…). `openMentorshipsBefore` discounts the mentorship being checked once it exists.
 */
export async function checkMentoringPair(em: EntityManager, mentorId: string, childId: string, stage: 'PROPOSE' | 'ACTIVATE'): Promise<void> {
  // One after another: inside a transaction every statement shares one connection.
  const [child] = await loadChildWithSiblings(em, childId);
  const [mentor] = await loadMentors(em, { mentorIds: [mentorId] });
  const policy = await currentPolicy(em);
  const neighbours = await loadNeighbours(em);
  // Once proposed, the mentorship itself is among the mentor's open ones.
  const facts = { asOf: today(), child: child!, mentor: { ...mentor!, openMentorships: mentor!.openMentorships - (stage === 'ACTIVATE' ? 1 : 0) }, neighbouringRegions: neighbours.get(child!.regionCode) ?? [] };
  const evaluation = compilePolicy(mentoringRules, asMatchingPolicy(policy)).evaluate(facts, 'MENTORING', []);
  const failing = evaluation.reasons.filter((reason) => reason.kind === 'HARD' && reason.outcome === 'FAIL').map((reason) => reason.code);
  if (failing.length) throw notEligible(`This mentor and child may not be matched: ${failing.join(', ')}`, failing);
  if (stage === 'ACTIVATE' && evaluation.pendingActions.length) {
    throw notEligible(`Complete first: ${evaluation.pendingActions.join(', ')}`, evaluation.pendingActions);
  }
}
