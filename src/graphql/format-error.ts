import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException, CheckConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError, Kind, parse, visit, type GraphQLFormattedError, type Location, type ValueNode } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '../db/database-unavailable.js';
import { AppError, ErrorCode } from '../shared/app-error.js';

type Log = (message: string, error: unknown) => void;

function fieldsOf(error: ArgumentValidationError): { field: string; message: string }[] {
  const walk = (errors: ArgumentValidationError['extensions']['validationErrors'], prefix: string): { field: string; message: string }[] =>
    errors.flatMap((e) => {
      const field = prefix ? `${prefix}.${e.property}` : e.property;
      const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
      return [...own, ...walk(e.children ?? [], field)];
    });
  return walk(error.extensions.validationErrors, '');
}

/**
 * Maps every failure to a coded GraphQL error. Expected errors keep their message; anything
 * else is logged by its class name and stack only and masked, so no personal data leaks.
 */
export function createErrorFormatter(log: Log) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const base = { locations: formatted.locations, path: formatted.path };
    if (error instanceof AppError) {
      const extensions = { code: error.code, ...(error.field ? { field: error.field } : {}), ...(error.ruleCodes ? { ruleCodes: error.ruleCodes } : {}), ...error.extensions };
      return { ...base, message: error.message, extensions };
    }
    if (error instanceof ArgumentValidationError) {
      const fields = fieldsOf(error);
      const first = fields[0];
      return {
        ...base,
        message: first ? `Invalid value for ${first.field}: ${first.message}` : 'Invalid input',
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, fields },
      };
    }
    if (error instanceof OptimisticLockError) {
      return { ...base, message: 'The record was changed by someone else; reload it and try again', extensions: { code: ErrorCode.CONFLICT } };
    }
    if (error instanceof UniqueConstraintViolationException) {
      return { ...base, message: conflictMessage(error), extensions: { code: ErrorCode.CONFLICT } };
    }
    if (error instanceof CheckConstraintViolationException) {
      return { ...base, message: 'A value is out of its allowed range', extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const code = formatted.extensions?.code;
    // The server answers for the database (src/server.ts codes it when building the context).
    if (code === ErrorCode.SERVICE_UNAVAILABLE || isDatabaseUnavailable(error)) {
      if (code !== ErrorCode.SERVICE_UNAVAILABLE) log('database unavailable', error);
      return { ...base, message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    if (code === 'BAD_USER_INPUT' && formatted.message.startsWith('Variable "$')) return variableError(formatted, base);
    // A literal in the document that one of our scalars refused: validation failed, but on the client's value.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && error instanceof GraphQLError && (error.originalError as GraphQLError | undefined)?.extensions?.code === 'BAD_USER_INPUT') {
      return literalError(error, base);
    }
    // graphql-js stops coercing variables after 50 errors with an uncoded error of its own.
    if (formatted.message.startsWith('Too many errors processing variables')) {
      return { ...base, message: 'Too many invalid values in the variables', extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    // GraphQL's own validation and parsing errors, and type-graphql's auth errors, are safe to show.
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST' || code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'PERSISTED_QUERY_NOT_SUPPORTED' || code === 'OPERATION_RESOLUTION_FAILURE') {
      return formatted;
    }
    if (code === 'UNAUTHENTICATED') return { ...base, message: 'Sign in first', extensions: { code: ErrorCode.UNAUTHENTICATED } };
    if (code === 'UNAUTHORIZED') return { ...base, message: 'Your role may not do this', extensions: { code: ErrorCode.FORBIDDEN } };
    log('internal error', error);
    return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

function conflictMessage(error: UniqueConstraintViolationException): string {
  const text = error.message;
  if (text.includes('placement_one_active_per_child')) return 'The child already has an active placement';
  if (text.includes('mentorship_one_open_per_pair')) return 'This mentor already has an open mentorship with the child';
  if (text.includes('placement_one_open_per_pair')) return 'This family already has an open placement of the child';
  if (text.includes('inquiry_one_open_per_pair')) return 'The child is already shared with this family, not yet answered';
  if (text.includes('iin_unique')) return 'A person with this IIN is already registered';
  if (text.includes('email_unique')) return 'This email is already in use';
  return 'This record conflicts with an existing one';
}

/**
 * graphql-js rejects a variable before any resolver runs, quoting the value it got. The value
 * may be personal data, so the message keeps only where and why; `field` is the input path.
 */
function variableError(formatted: GraphQLFormattedError, base: Pick<GraphQLFormattedError, 'locations' | 'path'>): GraphQLFormattedError {
  const message = formatted.message;
  const variable = message.match(/^Variable "\$(\w+)"/)?.[1] ?? 'input';
  const at = message.match(/ at "([^"]+)"/)?.[1];
  const field = ((at ? at.split('.').slice(1).join('.') : '') || variable).replace(/\[(\d+)\]/g, '.$1');
  // The enum's name ("Sex" enum) explains the problem; any other quoted text is the client's value.
  const reason = message.split('; ').slice(1).join('; ').replace(/"[^"]*"(?! enum)/g, '…');
  return {
    ...base,
    message: `Invalid value for ${field}${reason ? `: ${reason}` : ''}`,
    extensions: { code: ErrorCode.BAD_USER_INPUT, field },
  };
}

function literalError(error: GraphQLError, base: Pick<GraphQLFormattedError, 'locations' | 'path'>): GraphQLFormattedError {
  const loc = error.nodes?.[0]?.loc;
  const field = loc && literalPath(loc);
  return { ...base, message: field ? `Invalid value for ${field}: ${error.message}` : error.message, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } };
}

/** Where a literal sits in its argument, written like a variable's input path (`applicants.0.birthDate`, or the argument). */
function literalPath(loc: Location): string | undefined {
  const within = (value: ValueNode, at: string[]): string[] | undefined => {
    if (value.loc?.start === loc.start) return at;
    const children: [string, ValueNode][] =
      value.kind === Kind.OBJECT ? value.fields.map((field) => [field.name.value, field.value]) : value.kind === Kind.LIST ? value.values.map((item, index) => [String(index), item]) : [];
    for (const [key, child] of children) {
      const found = within(child, [...at, key]);
      if (found) return found;
    }
    return undefined;
  };
  let path: string[] | undefined;
  visit(parse(loc.source), {
    Argument(argument) {
      path ??= within(argument.value, [argument.name.value]);
    },
  });
  return path && (path.length > 1 ? path.slice(1) : path).join('.');
}
