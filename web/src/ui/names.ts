interface Named {
  firstName: string;
  lastName: string;
  middleName?: string | null;
}

/** "Lastname Firstname Middlename", as Kazakh and Russian records write a person. */
export function personName(person: Named | null | undefined): string {
  return person ? [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ') : '—';
}

/** A family by its applicants' names. */
export function familyName(family: { applicants: Named[] } | null | undefined): string {
  return family?.applicants.length ? family.applicants.map((applicant) => `${applicant.lastName} ${applicant.firstName}`).join(', ') : '—';
}
