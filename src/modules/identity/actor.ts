import { Role } from '../../shared/enums.js';

/** The signed-in person a request acts for, as the access policy sees them. */
export interface Actor {
  userId: string;
  role: Role;
  /** Set for social workers and mentor coordinators. */
  regionCode?: string;
  /** Set for staff of one district of that region; absent for the whole region. */
  districtCode?: string;
  familyId?: string;
  mentorId?: string;
}
