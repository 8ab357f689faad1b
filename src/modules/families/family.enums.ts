export enum AssessmentStatus {
  APPLIED = 'APPLIED',
  IN_ASSESSMENT = 'IN_ASSESSMENT',
  APPROVED = 'APPROVED',
  SUSPENDED = 'SUSPENDED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
}

export enum MaritalStatus {
  SINGLE = 'SINGLE',
  MARRIED = 'MARRIED',
  DIVORCED = 'DIVORCED',
  WIDOWED = 'WIDOWED',
}

export enum HousingKind {
  OWNED_HOUSE = 'OWNED_HOUSE',
  OWNED_APARTMENT = 'OWNED_APARTMENT',
  RENTED = 'RENTED',
  SOCIAL_HOUSING = 'SOCIAL_HOUSING',
  RELATIVES = 'RELATIVES',
}

/** The checks a candidate passes (D1–D12 of domain-rules.md). */
export enum BackgroundCheckKind {
  /** D1: declared incapacitated or of limited capacity. */
  LEGAL_CAPACITY = 'LEGAL_CAPACITY',
  /** D2: deprived of, or limited in, parental rights. */
  PARENTAL_RIGHTS = 'PARENTAL_RIGHTS',
  /** D3: removed from guardian duties for improper performance. */
  GUARDIANSHIP_REMOVAL = 'GUARDIANSHIP_REMOVAL',
  /** D4: an adoption revoked through the adopter's fault. */
  ADOPTION_REVOCATION = 'ADOPTION_REVOCATION',
  /** D5: a condition on the Ministry of Health list. */
  MEDICAL = 'MEDICAL',
  /** D7: unexpunged conviction for an intentional crime or a listed offence. */
  CRIMINAL_RECORD = 'CRIMINAL_RECORD',
  /** D10: narcological dispensary register. */
  NARCOLOGICAL_REGISTER = 'NARCOLOGICAL_REGISTER',
  /** D10: psychoneurological dispensary register. */
  PSYCHONEUROLOGICAL_REGISTER = 'PSYCHONEUROLOGICAL_REGISTER',
  /** D12 (from 2026-02-04): currently under criminal prosecution. */
  CRIMINAL_PROSECUTION = 'CRIMINAL_PROSECUTION',
}

/** Who else lives in the household besides the applicants (члены семьи, проживающие совместно). */
export enum HouseholdRelation {
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  PARENT = 'PARENT',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  OTHER_RELATIVE = 'OTHER_RELATIVE',
  OTHER = 'OTHER',
}

export enum KinshipRelation {
  GRANDPARENT = 'GRANDPARENT',
  ADULT_SIBLING = 'ADULT_SIBLING',
  AUNT_OR_UNCLE = 'AUNT_OR_UNCLE',
  STEP_PARENT = 'STEP_PARENT',
  OTHER_RELATIVE = 'OTHER_RELATIVE',
}
