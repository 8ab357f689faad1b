/** Enumerations shared by several modules. Values are stored as text and are part of the API contract. */

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum Language {
  KAZAKH = 'KAZAKH',
  RUSSIAN = 'RUSSIAN',
  ENGLISH = 'ENGLISH',
  UZBEK = 'UZBEK',
  UYGHUR = 'UYGHUR',
  KOREAN = 'KOREAN',
  GERMAN = 'GERMAN',
  TURKISH = 'TURKISH',
  SIGN_LANGUAGE = 'SIGN_LANGUAGE',
}

/** The canonical forms of family placement (domain-rules.md). */
export enum PlacementForm {
  /** усыновление (удочерение) */
  ADOPTION = 'ADOPTION',
  /** опека: children under 14 */
  GUARDIANSHIP = 'GUARDIANSHIP',
  /** попечительство: children aged 14–17 */
  CUSTODY = 'CUSTODY',
  /** патронатное воспитание */
  PATRONAGE = 'PATRONAGE',
  /** приемная семья */
  FOSTER_FAMILY = 'FOSTER_FAMILY',
  /** приемная профессиональная семья, since 2025-07-01 */
  PROFESSIONAL_FOSTER_FAMILY = 'PROFESSIONAL_FOSTER_FAMILY',
  /** гостевая семья */
  GUEST_FAMILY = 'GUEST_FAMILY',
}

export enum Citizenship {
  KAZAKHSTAN = 'KAZAKHSTAN',
  FOREIGN = 'FOREIGN',
  STATELESS = 'STATELESS',
}

export enum CheckResult {
  PENDING = 'PENDING',
  CLEAR = 'CLEAR',
  FLAGGED = 'FLAGGED',
}

export enum Role {
  ADMIN = 'ADMIN',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  MENTOR_COORDINATOR = 'MENTOR_COORDINATOR',
  FAMILY = 'FAMILY',
  /** A volunteer mentor, invited by its coordinator: sees only its own mentorships and their meetings. */
  MENTOR = 'MENTOR',
  /**
   * Head of a region's guardianship department (руководитель отдела опеки и попечительства):
   * sees what the region's workers and coordinators see, their caseloads, and approves what needs four eyes.
   */
  SUPERVISOR = 'SUPERVISOR',
}
