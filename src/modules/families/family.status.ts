import { AssessmentStatus } from './family.enums.js';

/**
 * What a family's assessment reads as on a date, in SQL: an approval whose 12-month re-check date
 * has passed without a new decision is EXPIRED. The one definition, used by the entity (as of
 * today), the family filters and matching (as of the date asked about): no job has to flip the
 * stored decision, so no reader ever sees a stale APPROVED. `family` is the table's alias, `on` a
 * date expression.
 */
export function assessmentStatusSql(family: string, on: string): string {
  return (
    `(case when ${family}.assessment_status = '${AssessmentStatus.APPROVED}' and ${family}.approval_expires_at < ${on} ` +
    `then '${AssessmentStatus.EXPIRED}' else ${family}.assessment_status end)`
  );
}
