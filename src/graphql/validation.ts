import { Matches, MaxLength } from 'class-validator';

function both(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** Letters of any alphabet (Kazakh, Russian, Latin), spaces, hyphens and apostrophes. */
export const IsPersonName = () =>
  both(MaxLength(100), Matches(/^\p{L}[\p{L}\p{M}' -]*$/u, { message: '$property may hold only letters, spaces, hyphens and apostrophes' }));

/** Printable text without control characters. */
export const IsPlainText = (max: number) =>
  both(MaxLength(max), Matches(/^[^\p{Cc}]*$/u, { message: '$property may not contain control characters' }));

/** Printable text that may span lines (notes). */
export const IsNoteText = (max: number) =>
  both(MaxLength(max), Matches(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/u, { message: '$property may not contain control characters' }));

export const IsIinFormat = () => Matches(/^\d{12}$/, { message: '$property must be exactly 12 digits' });

export const IsPhone = () => Matches(/^\+?[0-9 ()-]{7,20}$/, { message: '$property must be a phone number' });
