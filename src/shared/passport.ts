/** A passport number as it is stored and compared: upper case, without the spaces and dashes it may be printed with. */
export const normalizePassportNumber = (passportNumber: string): string => passportNumber.toUpperCase().replace(/[\s-]/g, '');
