import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { isRealDate } from '../shared/iin.js';

/**
 * Dates a record can hold. PostgreSQL has no year 0, and dates far out (9999, or a year of six
 * digits) are typing errors or probes; both failed only when the database got them.
 */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2200;

/** A value of the wrong form: BAD_USER_INPUT; a literal's node lets the error formatter name the field. */
const invalid = (message: string, node?: ValueNode) => new GraphQLError(message, { nodes: node, extensions: { code: 'BAD_USER_INPUT' } });

const inYears = (year: number) => year >= EARLIEST_YEAR && year <= LATEST_YEAR;
const outOfRange = (scalar: string) => `${scalar} must lie in the years ${EARLIEST_YEAR} to ${LATEST_YEAR}`;

function parseLocalDate(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !isRealDate(value)) throw invalid('LocalDate must be a real calendar date written YYYY-MM-DD', node);
  if (!inYears(Number(value.slice(0, 4)))) throw invalid(outOfRange('LocalDate'), node);
  return value;
}

/** A calendar date without time or zone (birth dates, decision dates), as YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without a time zone, written YYYY-MM-DD.',
  serialize: (value) => value as string,
  parseValue: (value) => parseLocalDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('LocalDate must be a string', ast);
    return parseLocalDate(ast.value, ast);
  },
});

function parseInstant(parse: () => Date, node?: ValueNode): Date {
  let instant: Date;
  try {
    instant = parse();
  } catch {
    // graphql-scalars' own message quotes the value, which may be anything the client sent.
    throw invalid('DateTimeISO must be a date and time written like 2026-12-03T10:15:30Z', node);
  }
  if (!inYears(instant.getUTCFullYear())) throw invalid(outOfRange('DateTimeISO'), node);
  return instant;
}

/** graphql-scalars' DateTimeISO (the scalar of every `Date` field), refusing instants out of the years a record can hold. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  parseValue: (value) => parseInstant(() => GraphQLDateTimeISO.parseValue(value)),
  parseLiteral: (ast, variables) => parseInstant(() => GraphQLDateTimeISO.parseLiteral(ast, variables), ast),
});
