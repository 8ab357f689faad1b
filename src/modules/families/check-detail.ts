import { openText, sealText } from '../../db/encryption.js';

/**
 * Background-check details live inside the `family_applicant.checks` jsonb array, where a column
 * type cannot reach, so they are sealed here, explicitly: on the way in (registration, recorded
 * checks, seeds) and opened only when the `detail` field is resolved for an assessor. In memory
 * the embeddable keeps the sealed text, so nothing else can leak it by accident.
 */
export const CHECK_DETAIL_PURPOSE = 'family_applicant.checks.detail';

export function sealCheckDetails<T extends { detail?: string | null }>(checks: readonly T[]): T[] {
  return checks.map((check) => (check.detail == null ? check : { ...check, detail: sealText(CHECK_DETAIL_PURPOSE, check.detail) }));
}

export function openCheckDetail(detail: string | null | undefined): string | null {
  return detail == null ? null : openText(CHECK_DETAIL_PURPOSE, detail);
}
