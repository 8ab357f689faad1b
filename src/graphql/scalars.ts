import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isRealDate } from '../shared/iin.js';

/** PostgreSQL has no year 0 (ISO 0000 is 1 BC): such a date would fail only when written. */
const EARLIEST_DATE = '0001-01-01';

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isRealDate(value) || value < EARLIEST_DATE) {
    throw new GraphQLError('LocalDate must be a real calendar date written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar date without time or zone (birth dates, decision dates), as YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without a time zone, written YYYY-MM-DD.',
  serialize: (value) => value as string,
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('LocalDate must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseLocalDate(ast.value);
  },
});
