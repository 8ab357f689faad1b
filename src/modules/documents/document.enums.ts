/** What a document is. */
export enum DocumentKind {
  COURT_DECISION = 'COURT_DECISION',
  CONTRACT = 'CONTRACT',
  TRAINING_CERTIFICATE = 'TRAINING_CERTIFICATE',
  MEDICAL_REPORT = 'MEDICAL_REPORT',
  HOUSING_INSPECTION_ACT = 'HOUSING_INSPECTION_ACT',
  POST_ADOPTION_REPORT = 'POST_ADOPTION_REPORT',
  /** Anything else the case needs on file (a certificate of birth, a statement): named by its file. */
  OTHER = 'OTHER',
}

/** The record a document is attached to: exactly one. */
export enum DocumentSubjectKind {
  Child = 'Child',
  Family = 'Family',
  FamilyApplicant = 'FamilyApplicant',
  Placement = 'Placement',
  Mentorship = 'Mentorship',
}
