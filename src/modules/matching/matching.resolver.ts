import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { proposeAssignments } from './assignment.service.js';
import { describePolicy, updateMatchingPolicy } from './matching-policy.service.js';
import {
  ChildCandidatesArgs,
  EligibilityArgs,
  MatchingPolicyArgs,
  MenteeCandidatesArgs,
  MentorCandidatesArgs,
  PlacementCandidatesArgs,
  ProposeAssignmentsArgs,
  UpdateMatchingPolicyInput,
} from './matching.inputs.js';
import { evaluatePair, rankChildrenForFamily, rankFamiliesForChild, rankMenteesForMentor, rankMentorsForChild } from './matching.service.js';
import {
  AssignmentPlanType,
  ChildCandidateType,
  EligibilityType,
  MatchingPolicyType,
  MenteeCandidateType,
  MentorCandidateType,
  PlacementCandidateType,
} from './matching.type.js';

@Resolver()
export class MatchingResolver {
  @Authorized(rolesFor('Query.placementCandidates'))
  @Query(() => [PlacementCandidateType], { description: 'Families that may legally take the child (and its siblings), ranked, with every rule’s reason.' })
  placementCandidates(@Ctx() ctx: Context, @Args() args: PlacementCandidatesArgs) {
    return rankFamiliesForChild(ctx, args);
  }

  @Authorized(rolesFor('Query.childCandidates'))
  @Query(() => [ChildCandidateType], { description: 'Children (sibling groups as one) the family could take, ranked.' })
  childCandidates(@Ctx() ctx: Context, @Args() args: ChildCandidatesArgs) {
    return rankChildrenForFamily(ctx, args);
  }

  @Authorized(rolesFor('Query.eligibility'))
  @Query(() => EligibilityType, { description: 'Every rule’s outcome for one child and one family; "what if" with overrides and the commission’s conclusion, writing nothing.' })
  eligibility(@Ctx() ctx: Context, @Args() args: EligibilityArgs) {
    return evaluatePair(ctx, args);
  }

  @Authorized(rolesFor('Query.mentorCandidates'))
  @Query(() => [MentorCandidateType], { description: 'Mentors for a child aged 10 or over, ranked, with every rule’s reason.' })
  mentorCandidates(@Ctx() ctx: Context, @Args() args: MentorCandidatesArgs) {
    return rankMentorsForChild(ctx, args);
  }

  @Authorized(rolesFor('Query.menteeCandidates'))
  @Query(() => [MenteeCandidateType], { description: 'Children a mentor could support, ranked, with every rule’s reason.' })
  menteeCandidates(@Ctx() ctx: Context, @Args() args: MenteeCandidatesArgs) {
    return rankMenteesForMentor(ctx, args);
  }

  @Authorized(rolesFor('Query.proposeAssignments'))
  @Query(() => AssignmentPlanType, { description: 'A maximum-total-score plan for a region; nothing is written.' })
  proposeAssignments(@Ctx() ctx: Context, @Args() args: ProposeAssignmentsArgs) {
    return proposeAssignments(ctx, args);
  }

  @Authorized(rolesFor('Query.matchingPolicy'))
  @Query(() => MatchingPolicyType, { description: 'Every rule with its parameters, validity and legal basis, under the policy in force or a past version.' })
  matchingPolicy(@Ctx() ctx: Context, @Args() args: MatchingPolicyArgs) {
    return describePolicy(ctx, args.version);
  }

  @Authorized(rolesFor('Mutation.updateMatchingPolicy'))
  @Mutation(() => MatchingPolicyType, { description: 'A new policy version, in force at once. Audited.' })
  updateMatchingPolicy(@Ctx() ctx: Context, @Arg('input') input: UpdateMatchingPolicyInput) {
    return updateMatchingPolicy(ctx, input);
  }
}
