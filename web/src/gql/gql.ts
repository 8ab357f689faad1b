/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminStaff {\n    staffAccounts(first: 100) { totalCount edges { node { id email displayName role regionCode districtCode activated disabled } } }\n  }\n": typeof types.AdminStaffDocument,
    "\n  query AdminPolicy($version: Int) {\n    matchingPolicy(version: $version) {\n      version createdAt note\n      rules { code kind description legalBasis enabled validFrom validTo params version }\n    }\n  }\n": typeof types.AdminPolicyDocument,
    "\n  query AdminAudit($filter: AuditEventFilter) {\n    auditEvents(first: 50, filter: $filter) { totalCount edges { node { id at action entityName entityId actorRole fields } } }\n  }\n": typeof types.AdminAuditDocument,
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user { id email displayName role regionCode districtCode }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  query CoordinatorMentors {\n    mentors(first: 50) { totalCount edges { node { id firstName lastName middleName city available activeMenteeCount maxMentees } } }\n    mentorships(first: 50) {\n      totalCount\n      edges { node { id status startedAt mentor { id firstName lastName } child { id firstName lastName } meetings { id date kind durationMinutes } } }\n    }\n  }\n": typeof types.CoordinatorMentorsDocument,
    "\n  query CoordinatorMenteeCandidates($mentorId: ID!) {\n    mentor(id: $mentorId) { id firstName lastName middleName city }\n    menteeCandidates(mentorId: $mentorId, first: 10) {\n      eligible score\n      child { id firstName lastName age }\n      reasons { code kind outcome message legalBasis overridden }\n    }\n  }\n": typeof types.CoordinatorMenteeCandidatesDocument,
    "\n  query FamilyProfile {\n    myFamily {\n      id version contactPhone contactEmail address settlement availabilityNote acceptingPlacements capacity\n      pendingChanges { id createdAt fields { field proposedValue decision } }\n      placements { id form status transitions { id to at } }\n    }\n  }\n": typeof types.FamilyProfileDocument,
    "\n  mutation FamilySubmitChanges($input: SubmitFamilyChangesInput!) {\n    submitFamilyChanges(input: $input) { id status }\n  }\n": typeof types.FamilySubmitChangesDocument,
    "\n  query SupervisorApprovals {\n    onTrial: placements(first: 50, filter: { status: [TRIAL] }) { edges { node { ...WaitingApproval } } }\n    introduced: placements(first: 50, filter: { status: [INTRODUCTION], form: [GUEST_FAMILY, PROFESSIONAL_FOSTER_FAMILY] }) { edges { node { ...WaitingApproval } } }\n  }\n  fragment WaitingApproval on Placement {\n    id form status version createdAt\n    child { id firstName lastName middleName }\n    family { id applicants { firstName lastName } }\n    transitions { to actorName }\n  }\n": typeof types.SupervisorApprovalsDocument,
    "\n  mutation SupervisorApprove($input: ApprovePlacementInput!) { approvePlacement(input: $input) { id status version } }\n": typeof types.SupervisorApproveDocument,
    "\n  query SupervisorCaseloads($regionCode: String!) {\n    caseloads(regionCode: $regionCode) {\n      worker { id displayName role }\n      openChildren families mentors openPlacements overdueStays expiredApprovals lapsingApprovals overdue overdueTasks\n    }\n  }\n": typeof types.SupervisorCaseloadsDocument,
    "\n  query SupervisorFigures($regionCode: String!, $from: LocalDate!, $to: LocalDate!) {\n    regionFigures(regionCode: $regionCode, from: $from, to: $to) {\n      childrenInDataBank familiesApproved familiesLapsing medianDaysToPlacement mentorshipsActive tasksOverdue\n      specialists specialistsPer5000 standardPer5000\n      waitingByAge { band count }\n      waitingByTime { band count }\n      placementsByMonth { month form started ended breakdowns }\n    }\n  }\n": typeof types.SupervisorFiguresDocument,
    "\n  query TransfersWaiting {\n    waiting: transfers(first: 50, filter: { toWorker: \"ME\", status: [PENDING] }) { edges { node { ...TransferRow } } }\n    sent: transfers(first: 50, filter: { fromWorker: \"ME\" }) { edges { node { ...TransferRow } } }\n  }\n  fragment TransferRow on CaseTransfer {\n    id kind status note declineReason createdAt toWorkerName\n    fromRegion { code nameRu nameKk nameEn }\n    fromWorker { id displayName }\n    child { id firstName lastName middleName }\n    family { id applicants { firstName lastName } }\n    mentor { id firstName lastName middleName }\n  }\n": typeof types.TransfersWaitingDocument,
    "\n  query TransferCases($assignedTo: String, $regionCode: String!) {\n    children(first: 100, filter: { assignedTo: $assignedTo, status: [AWAITING_PLACEMENT, IN_INSTITUTION, IN_FAMILY_PLACEMENT] }) { edges { node { id firstName lastName middleName birthDate } } }\n    families(first: 100, filter: { assignedTo: $assignedTo }) { edges { node { id applicants { firstName lastName } } } }\n    staffMembers(regionCode: $regionCode) { id displayName role }\n  }\n": typeof types.TransferCasesDocument,
    "\n  mutation TransferRequest($input: RequestTransferInput!) { requestTransfer(input: $input) { id status toWorkerName } }\n": typeof types.TransferRequestDocument,
    "\n  mutation TransferAccept($input: DecideTransferInput!) { acceptTransfer(input: $input) { id status } }\n": typeof types.TransferAcceptDocument,
    "\n  mutation TransferDecline($input: DeclineTransferInput!) { declineTransfer(input: $input) { id status } }\n": typeof types.TransferDeclineDocument,
    "\n  query WorkerCandidates($childId: ID!, $form: PlacementForm!, $asOf: LocalDate, $includeIneligible: Boolean!) {\n    child(id: $childId) { id firstName lastName middleName age }\n    placementCandidates(childId: $childId, form: $form, asOf: $asOf, includeIneligible: $includeIneligible, first: 20) {\n      asOf eligible score policyVersion pendingActions\n      family { id settlement capacity applicants { firstName lastName } }\n      reasons { code kind outcome message legalBasis overridden }\n    }\n  }\n": typeof types.WorkerCandidatesDocument,
    "\n  mutation WorkerPropose($input: ProposePlacementInput!) {\n    proposePlacement(input: $input) { id status }\n  }\n": typeof types.WorkerProposeDocument,
    "\n  query WorkerChangeRequests {\n    familyChangeRequests(first: 20, filter: { status: [PENDING] }) {\n      totalCount\n      edges {\n        node {\n          id version createdAt\n          family { id version applicants { firstName lastName } }\n          fields { field currentValue proposedValue conflict decision }\n        }\n      }\n    }\n  }\n": typeof types.WorkerChangeRequestsDocument,
    "\n  mutation WorkerReviewChanges($input: ReviewFamilyChangesInput!) {\n    reviewFamilyChanges(input: $input) { id status }\n  }\n": typeof types.WorkerReviewChangesDocument,
    "\n  query WorkerChildCard($id: ID!) {\n    child(id: $id) {\n      id firstName lastName middleName birthDate age sex status registeredAt settlement languages specialNeeds version\n      iin legalStatus healthGroup healthNotes caseNotes\n      region { code nameRu nameKk nameEn }\n      district { code nameRu nameKk nameEn }\n      institution { id name }\n      currentFamily { id applicants { firstName lastName } }\n      assignedWorker { id displayName }\n      siblings { id firstName lastName birthDate status }\n      siblingsElsewhere { count region { code nameRu nameKk nameEn } }\n      placements { id form status createdAt family { id applicants { firstName lastName } } }\n    }\n    childTimeline(childId: $id, first: 50) { at kind recordId recordKind status }\n  }\n": typeof types.WorkerChildCardDocument,
    "\n  query WorkerChildren($filter: ChildFilter, $first: Int!) {\n    children(filter: $filter, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges { node { id firstName lastName middleName birthDate age status registeredAt district { code nameRu nameKk nameEn } siblings { id } } }\n    }\n  }\n": typeof types.WorkerChildrenDocument,
    "\n  query WorkerDistricts($regionCode: String) {\n    districts(regionCode: $regionCode) { code nameRu nameKk nameEn }\n  }\n": typeof types.WorkerDistrictsDocument,
    "\n  query WorkerMyDay {\n    tasksOverdue: myTasks(due: OVERDUE, first: 1) { totalCount }\n    tasksToday: myTasks(due: TODAY, first: 1) { totalCount }\n    waiting: children(first: 1, filter: { status: [AWAITING_PLACEMENT] }) { totalCount }\n    inProgress: placements(first: 20, filter: { status: [PROPOSED, APPROVED, INTRODUCTION, TRIAL] }) {\n      totalCount\n      edges { node { id status form createdAt child { id firstName lastName } family { id applicants { firstName lastName } } } }\n    }\n    overdue: placements(first: 1, filter: { overdue: true }) { totalCount }\n    transfersWaiting: transfers(first: 1, filter: { toWorker: \"ME\", status: [PENDING] }) { totalCount }\n  }\n": typeof types.WorkerMyDayDocument,
    "\n  query WorkerPlacement($id: ID!) {\n    placement(id: $id) {\n      id form status version decisionKind decisionReference decisionDate startedAt endsOn\n      child { id firstName lastName middleName }\n      family { id applicants { firstName lastName } }\n      transitions { id from to at actorName note }\n    }\n  }\n": typeof types.WorkerPlacementDocument,
    "\n  mutation WorkerStartIntroduction($input: PlacementStepInput!) { startPlacementIntroduction(input: $input) { id status version } }\n": typeof types.WorkerStartIntroductionDocument,
    "\n  mutation WorkerStartTrial($input: PlacementStepInput!) { startPlacementTrial(input: $input) { id status version } }\n": typeof types.WorkerStartTrialDocument,
    "\n  mutation WorkerApprove($input: ApprovePlacementInput!) { approvePlacement(input: $input) { id status version } }\n": typeof types.WorkerApproveDocument,
    "\n  mutation WorkerActivate($input: ActivatePlacementInput!) { activatePlacement(input: $input) { id status version } }\n": typeof types.WorkerActivateDocument,
    "\n  mutation WorkerRegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) { id }\n  }\n": typeof types.WorkerRegisterChildDocument,
};
const documents: Documents = {
    "\n  query AdminStaff {\n    staffAccounts(first: 100) { totalCount edges { node { id email displayName role regionCode districtCode activated disabled } } }\n  }\n": types.AdminStaffDocument,
    "\n  query AdminPolicy($version: Int) {\n    matchingPolicy(version: $version) {\n      version createdAt note\n      rules { code kind description legalBasis enabled validFrom validTo params version }\n    }\n  }\n": types.AdminPolicyDocument,
    "\n  query AdminAudit($filter: AuditEventFilter) {\n    auditEvents(first: 50, filter: $filter) { totalCount edges { node { id at action entityName entityId actorRole fields } } }\n  }\n": types.AdminAuditDocument,
    "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user { id email displayName role regionCode districtCode }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  query CoordinatorMentors {\n    mentors(first: 50) { totalCount edges { node { id firstName lastName middleName city available activeMenteeCount maxMentees } } }\n    mentorships(first: 50) {\n      totalCount\n      edges { node { id status startedAt mentor { id firstName lastName } child { id firstName lastName } meetings { id date kind durationMinutes } } }\n    }\n  }\n": types.CoordinatorMentorsDocument,
    "\n  query CoordinatorMenteeCandidates($mentorId: ID!) {\n    mentor(id: $mentorId) { id firstName lastName middleName city }\n    menteeCandidates(mentorId: $mentorId, first: 10) {\n      eligible score\n      child { id firstName lastName age }\n      reasons { code kind outcome message legalBasis overridden }\n    }\n  }\n": types.CoordinatorMenteeCandidatesDocument,
    "\n  query FamilyProfile {\n    myFamily {\n      id version contactPhone contactEmail address settlement availabilityNote acceptingPlacements capacity\n      pendingChanges { id createdAt fields { field proposedValue decision } }\n      placements { id form status transitions { id to at } }\n    }\n  }\n": types.FamilyProfileDocument,
    "\n  mutation FamilySubmitChanges($input: SubmitFamilyChangesInput!) {\n    submitFamilyChanges(input: $input) { id status }\n  }\n": types.FamilySubmitChangesDocument,
    "\n  query SupervisorApprovals {\n    onTrial: placements(first: 50, filter: { status: [TRIAL] }) { edges { node { ...WaitingApproval } } }\n    introduced: placements(first: 50, filter: { status: [INTRODUCTION], form: [GUEST_FAMILY, PROFESSIONAL_FOSTER_FAMILY] }) { edges { node { ...WaitingApproval } } }\n  }\n  fragment WaitingApproval on Placement {\n    id form status version createdAt\n    child { id firstName lastName middleName }\n    family { id applicants { firstName lastName } }\n    transitions { to actorName }\n  }\n": types.SupervisorApprovalsDocument,
    "\n  mutation SupervisorApprove($input: ApprovePlacementInput!) { approvePlacement(input: $input) { id status version } }\n": types.SupervisorApproveDocument,
    "\n  query SupervisorCaseloads($regionCode: String!) {\n    caseloads(regionCode: $regionCode) {\n      worker { id displayName role }\n      openChildren families mentors openPlacements overdueStays expiredApprovals lapsingApprovals overdue overdueTasks\n    }\n  }\n": types.SupervisorCaseloadsDocument,
    "\n  query SupervisorFigures($regionCode: String!, $from: LocalDate!, $to: LocalDate!) {\n    regionFigures(regionCode: $regionCode, from: $from, to: $to) {\n      childrenInDataBank familiesApproved familiesLapsing medianDaysToPlacement mentorshipsActive tasksOverdue\n      specialists specialistsPer5000 standardPer5000\n      waitingByAge { band count }\n      waitingByTime { band count }\n      placementsByMonth { month form started ended breakdowns }\n    }\n  }\n": types.SupervisorFiguresDocument,
    "\n  query TransfersWaiting {\n    waiting: transfers(first: 50, filter: { toWorker: \"ME\", status: [PENDING] }) { edges { node { ...TransferRow } } }\n    sent: transfers(first: 50, filter: { fromWorker: \"ME\" }) { edges { node { ...TransferRow } } }\n  }\n  fragment TransferRow on CaseTransfer {\n    id kind status note declineReason createdAt toWorkerName\n    fromRegion { code nameRu nameKk nameEn }\n    fromWorker { id displayName }\n    child { id firstName lastName middleName }\n    family { id applicants { firstName lastName } }\n    mentor { id firstName lastName middleName }\n  }\n": types.TransfersWaitingDocument,
    "\n  query TransferCases($assignedTo: String, $regionCode: String!) {\n    children(first: 100, filter: { assignedTo: $assignedTo, status: [AWAITING_PLACEMENT, IN_INSTITUTION, IN_FAMILY_PLACEMENT] }) { edges { node { id firstName lastName middleName birthDate } } }\n    families(first: 100, filter: { assignedTo: $assignedTo }) { edges { node { id applicants { firstName lastName } } } }\n    staffMembers(regionCode: $regionCode) { id displayName role }\n  }\n": types.TransferCasesDocument,
    "\n  mutation TransferRequest($input: RequestTransferInput!) { requestTransfer(input: $input) { id status toWorkerName } }\n": types.TransferRequestDocument,
    "\n  mutation TransferAccept($input: DecideTransferInput!) { acceptTransfer(input: $input) { id status } }\n": types.TransferAcceptDocument,
    "\n  mutation TransferDecline($input: DeclineTransferInput!) { declineTransfer(input: $input) { id status } }\n": types.TransferDeclineDocument,
    "\n  query WorkerCandidates($childId: ID!, $form: PlacementForm!, $asOf: LocalDate, $includeIneligible: Boolean!) {\n    child(id: $childId) { id firstName lastName middleName age }\n    placementCandidates(childId: $childId, form: $form, asOf: $asOf, includeIneligible: $includeIneligible, first: 20) {\n      asOf eligible score policyVersion pendingActions\n      family { id settlement capacity applicants { firstName lastName } }\n      reasons { code kind outcome message legalBasis overridden }\n    }\n  }\n": types.WorkerCandidatesDocument,
    "\n  mutation WorkerPropose($input: ProposePlacementInput!) {\n    proposePlacement(input: $input) { id status }\n  }\n": types.WorkerProposeDocument,
    "\n  query WorkerChangeRequests {\n    familyChangeRequests(first: 20, filter: { status: [PENDING] }) {\n      totalCount\n      edges {\n        node {\n          id version createdAt\n          family { id version applicants { firstName lastName } }\n          fields { field currentValue proposedValue conflict decision }\n        }\n      }\n    }\n  }\n": types.WorkerChangeRequestsDocument,
    "\n  mutation WorkerReviewChanges($input: ReviewFamilyChangesInput!) {\n    reviewFamilyChanges(input: $input) { id status }\n  }\n": types.WorkerReviewChangesDocument,
    "\n  query WorkerChildCard($id: ID!) {\n    child(id: $id) {\n      id firstName lastName middleName birthDate age sex status registeredAt settlement languages specialNeeds version\n      iin legalStatus healthGroup healthNotes caseNotes\n      region { code nameRu nameKk nameEn }\n      district { code nameRu nameKk nameEn }\n      institution { id name }\n      currentFamily { id applicants { firstName lastName } }\n      assignedWorker { id displayName }\n      siblings { id firstName lastName birthDate status }\n      siblingsElsewhere { count region { code nameRu nameKk nameEn } }\n      placements { id form status createdAt family { id applicants { firstName lastName } } }\n    }\n    childTimeline(childId: $id, first: 50) { at kind recordId recordKind status }\n  }\n": types.WorkerChildCardDocument,
    "\n  query WorkerChildren($filter: ChildFilter, $first: Int!) {\n    children(filter: $filter, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges { node { id firstName lastName middleName birthDate age status registeredAt district { code nameRu nameKk nameEn } siblings { id } } }\n    }\n  }\n": types.WorkerChildrenDocument,
    "\n  query WorkerDistricts($regionCode: String) {\n    districts(regionCode: $regionCode) { code nameRu nameKk nameEn }\n  }\n": types.WorkerDistrictsDocument,
    "\n  query WorkerMyDay {\n    tasksOverdue: myTasks(due: OVERDUE, first: 1) { totalCount }\n    tasksToday: myTasks(due: TODAY, first: 1) { totalCount }\n    waiting: children(first: 1, filter: { status: [AWAITING_PLACEMENT] }) { totalCount }\n    inProgress: placements(first: 20, filter: { status: [PROPOSED, APPROVED, INTRODUCTION, TRIAL] }) {\n      totalCount\n      edges { node { id status form createdAt child { id firstName lastName } family { id applicants { firstName lastName } } } }\n    }\n    overdue: placements(first: 1, filter: { overdue: true }) { totalCount }\n    transfersWaiting: transfers(first: 1, filter: { toWorker: \"ME\", status: [PENDING] }) { totalCount }\n  }\n": types.WorkerMyDayDocument,
    "\n  query WorkerPlacement($id: ID!) {\n    placement(id: $id) {\n      id form status version decisionKind decisionReference decisionDate startedAt endsOn\n      child { id firstName lastName middleName }\n      family { id applicants { firstName lastName } }\n      transitions { id from to at actorName note }\n    }\n  }\n": types.WorkerPlacementDocument,
    "\n  mutation WorkerStartIntroduction($input: PlacementStepInput!) { startPlacementIntroduction(input: $input) { id status version } }\n": types.WorkerStartIntroductionDocument,
    "\n  mutation WorkerStartTrial($input: PlacementStepInput!) { startPlacementTrial(input: $input) { id status version } }\n": types.WorkerStartTrialDocument,
    "\n  mutation WorkerApprove($input: ApprovePlacementInput!) { approvePlacement(input: $input) { id status version } }\n": types.WorkerApproveDocument,
    "\n  mutation WorkerActivate($input: ActivatePlacementInput!) { activatePlacement(input: $input) { id status version } }\n": types.WorkerActivateDocument,
    "\n  mutation WorkerRegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) { id }\n  }\n": types.WorkerRegisterChildDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStaff {\n    staffAccounts(first: 100) { totalCount edges { node { id email displayName role regionCode districtCode activated disabled } } }\n  }\n"): typeof import('./graphql').AdminStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPolicy($version: Int) {\n    matchingPolicy(version: $version) {\n      version createdAt note\n      rules { code kind description legalBasis enabled validFrom validTo params version }\n    }\n  }\n"): typeof import('./graphql').AdminPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAudit($filter: AuditEventFilter) {\n    auditEvents(first: 50, filter: $filter) { totalCount edges { node { id at action entityName entityId actorRole fields } } }\n  }\n"): typeof import('./graphql').AdminAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user { id email displayName role regionCode districtCode }\n    }\n  }\n"): typeof import('./graphql').ConsoleLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorMentors {\n    mentors(first: 50) { totalCount edges { node { id firstName lastName middleName city available activeMenteeCount maxMentees } } }\n    mentorships(first: 50) {\n      totalCount\n      edges { node { id status startedAt mentor { id firstName lastName } child { id firstName lastName } meetings { id date kind durationMinutes } } }\n    }\n  }\n"): typeof import('./graphql').CoordinatorMentorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoordinatorMenteeCandidates($mentorId: ID!) {\n    mentor(id: $mentorId) { id firstName lastName middleName city }\n    menteeCandidates(mentorId: $mentorId, first: 10) {\n      eligible score\n      child { id firstName lastName age }\n      reasons { code kind outcome message legalBasis overridden }\n    }\n  }\n"): typeof import('./graphql').CoordinatorMenteeCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FamilyProfile {\n    myFamily {\n      id version contactPhone contactEmail address settlement availabilityNote acceptingPlacements capacity\n      pendingChanges { id createdAt fields { field proposedValue decision } }\n      placements { id form status transitions { id to at } }\n    }\n  }\n"): typeof import('./graphql').FamilyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FamilySubmitChanges($input: SubmitFamilyChangesInput!) {\n    submitFamilyChanges(input: $input) { id status }\n  }\n"): typeof import('./graphql').FamilySubmitChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorApprovals {\n    onTrial: placements(first: 50, filter: { status: [TRIAL] }) { edges { node { ...WaitingApproval } } }\n    introduced: placements(first: 50, filter: { status: [INTRODUCTION], form: [GUEST_FAMILY, PROFESSIONAL_FOSTER_FAMILY] }) { edges { node { ...WaitingApproval } } }\n  }\n  fragment WaitingApproval on Placement {\n    id form status version createdAt\n    child { id firstName lastName middleName }\n    family { id applicants { firstName lastName } }\n    transitions { to actorName }\n  }\n"): typeof import('./graphql').SupervisorApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisorApprove($input: ApprovePlacementInput!) { approvePlacement(input: $input) { id status version } }\n"): typeof import('./graphql').SupervisorApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorCaseloads($regionCode: String!) {\n    caseloads(regionCode: $regionCode) {\n      worker { id displayName role }\n      openChildren families mentors openPlacements overdueStays expiredApprovals lapsingApprovals overdue overdueTasks\n    }\n  }\n"): typeof import('./graphql').SupervisorCaseloadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorFigures($regionCode: String!, $from: LocalDate!, $to: LocalDate!) {\n    regionFigures(regionCode: $regionCode, from: $from, to: $to) {\n      childrenInDataBank familiesApproved familiesLapsing medianDaysToPlacement mentorshipsActive tasksOverdue\n      specialists specialistsPer5000 standardPer5000\n      waitingByAge { band count }\n      waitingByTime { band count }\n      placementsByMonth { month form started ended breakdowns }\n    }\n  }\n"): typeof import('./graphql').SupervisorFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransfersWaiting {\n    waiting: transfers(first: 50, filter: { toWorker: \"ME\", status: [PENDING] }) { edges { node { ...TransferRow } } }\n    sent: transfers(first: 50, filter: { fromWorker: \"ME\" }) { edges { node { ...TransferRow } } }\n  }\n  fragment TransferRow on CaseTransfer {\n    id kind status note declineReason createdAt toWorkerName\n    fromRegion { code nameRu nameKk nameEn }\n    fromWorker { id displayName }\n    child { id firstName lastName middleName }\n    family { id applicants { firstName lastName } }\n    mentor { id firstName lastName middleName }\n  }\n"): typeof import('./graphql').TransfersWaitingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferCases($assignedTo: String, $regionCode: String!) {\n    children(first: 100, filter: { assignedTo: $assignedTo, status: [AWAITING_PLACEMENT, IN_INSTITUTION, IN_FAMILY_PLACEMENT] }) { edges { node { id firstName lastName middleName birthDate } } }\n    families(first: 100, filter: { assignedTo: $assignedTo }) { edges { node { id applicants { firstName lastName } } } }\n    staffMembers(regionCode: $regionCode) { id displayName role }\n  }\n"): typeof import('./graphql').TransferCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferRequest($input: RequestTransferInput!) { requestTransfer(input: $input) { id status toWorkerName } }\n"): typeof import('./graphql').TransferRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferAccept($input: DecideTransferInput!) { acceptTransfer(input: $input) { id status } }\n"): typeof import('./graphql').TransferAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferDecline($input: DeclineTransferInput!) { declineTransfer(input: $input) { id status } }\n"): typeof import('./graphql').TransferDeclineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerCandidates($childId: ID!, $form: PlacementForm!, $asOf: LocalDate, $includeIneligible: Boolean!) {\n    child(id: $childId) { id firstName lastName middleName age }\n    placementCandidates(childId: $childId, form: $form, asOf: $asOf, includeIneligible: $includeIneligible, first: 20) {\n      asOf eligible score policyVersion pendingActions\n      family { id settlement capacity applicants { firstName lastName } }\n      reasons { code kind outcome message legalBasis overridden }\n    }\n  }\n"): typeof import('./graphql').WorkerCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerPropose($input: ProposePlacementInput!) {\n    proposePlacement(input: $input) { id status }\n  }\n"): typeof import('./graphql').WorkerProposeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerChangeRequests {\n    familyChangeRequests(first: 20, filter: { status: [PENDING] }) {\n      totalCount\n      edges {\n        node {\n          id version createdAt\n          family { id version applicants { firstName lastName } }\n          fields { field currentValue proposedValue conflict decision }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WorkerChangeRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerReviewChanges($input: ReviewFamilyChangesInput!) {\n    reviewFamilyChanges(input: $input) { id status }\n  }\n"): typeof import('./graphql').WorkerReviewChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerChildCard($id: ID!) {\n    child(id: $id) {\n      id firstName lastName middleName birthDate age sex status registeredAt settlement languages specialNeeds version\n      iin legalStatus healthGroup healthNotes caseNotes\n      region { code nameRu nameKk nameEn }\n      district { code nameRu nameKk nameEn }\n      institution { id name }\n      currentFamily { id applicants { firstName lastName } }\n      assignedWorker { id displayName }\n      siblings { id firstName lastName birthDate status }\n      siblingsElsewhere { count region { code nameRu nameKk nameEn } }\n      placements { id form status createdAt family { id applicants { firstName lastName } } }\n    }\n    childTimeline(childId: $id, first: 50) { at kind recordId recordKind status }\n  }\n"): typeof import('./graphql').WorkerChildCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerChildren($filter: ChildFilter, $first: Int!) {\n    children(filter: $filter, first: $first) {\n      totalCount\n      pageInfo { hasNextPage }\n      edges { node { id firstName lastName middleName birthDate age status registeredAt district { code nameRu nameKk nameEn } siblings { id } } }\n    }\n  }\n"): typeof import('./graphql').WorkerChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerDistricts($regionCode: String) {\n    districts(regionCode: $regionCode) { code nameRu nameKk nameEn }\n  }\n"): typeof import('./graphql').WorkerDistrictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerMyDay {\n    tasksOverdue: myTasks(due: OVERDUE, first: 1) { totalCount }\n    tasksToday: myTasks(due: TODAY, first: 1) { totalCount }\n    waiting: children(first: 1, filter: { status: [AWAITING_PLACEMENT] }) { totalCount }\n    inProgress: placements(first: 20, filter: { status: [PROPOSED, APPROVED, INTRODUCTION, TRIAL] }) {\n      totalCount\n      edges { node { id status form createdAt child { id firstName lastName } family { id applicants { firstName lastName } } } }\n    }\n    overdue: placements(first: 1, filter: { overdue: true }) { totalCount }\n    transfersWaiting: transfers(first: 1, filter: { toWorker: \"ME\", status: [PENDING] }) { totalCount }\n  }\n"): typeof import('./graphql').WorkerMyDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerPlacement($id: ID!) {\n    placement(id: $id) {\n      id form status version decisionKind decisionReference decisionDate startedAt endsOn\n      child { id firstName lastName middleName }\n      family { id applicants { firstName lastName } }\n      transitions { id from to at actorName note }\n    }\n  }\n"): typeof import('./graphql').WorkerPlacementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerStartIntroduction($input: PlacementStepInput!) { startPlacementIntroduction(input: $input) { id status version } }\n"): typeof import('./graphql').WorkerStartIntroductionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerStartTrial($input: PlacementStepInput!) { startPlacementTrial(input: $input) { id status version } }\n"): typeof import('./graphql').WorkerStartTrialDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerApprove($input: ApprovePlacementInput!) { approvePlacement(input: $input) { id status version } }\n"): typeof import('./graphql').WorkerApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerActivate($input: ActivatePlacementInput!) { activatePlacement(input: $input) { id status version } }\n"): typeof import('./graphql').WorkerActivateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WorkerRegisterChild($input: RegisterChildInput!) {\n    registerChild(input: $input) { id }\n  }\n"): typeof import('./graphql').WorkerRegisterChildDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
