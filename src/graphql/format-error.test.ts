import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter } from './format-error.js';
import { AppError, ErrorCode } from '../shared/app-error.js';

const logged: unknown[] = [];
const format = createErrorFormatter((_, error) => logged.push(error));
const formatted = (message: string, code = 'BAD_USER_INPUT') => ({ message, extensions: { code } });

describe('error formatting', () => {
  it('names the field of a rejected variable without echoing the value', () => {
    const result = format(formatted('Variable "$input" got invalid value "Иванов 900101300019" at "input.applicants[0].sex"; Value "Иванов 900101300019" does not exist in "Sex" enum.'), new GraphQLError('x'));
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'applicants.0.sex' });
    expect(result.message).not.toContain('900101300019');
    expect(result.message).toContain('"Sex"');
  });

  it('names a whole variable when no path is given', () => {
    const result = format(formatted('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"'), new GraphQLError('x'));
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('keeps expected errors and masks the rest', () => {
    expect(format(formatted('x', 'INTERNAL_SERVER_ERROR'), new AppError(ErrorCode.CONFLICT, 'Stale'))).toMatchObject({ message: 'Stale', extensions: { code: 'CONFLICT' } });
    const masked = format(formatted('relation "child" does not exist', 'INTERNAL_SERVER_ERROR'), new Error('relation "child" does not exist'));
    expect(masked).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });

  it('answers SERVICE_UNAVAILABLE when the database cannot serve, without the SQL and its values', () => {
    const lost = new DriverException(Object.assign(new Error(`select * from child where iin_hash = 'abc' - Connection terminated unexpectedly`)));
    const result = format(formatted(lost.message, 'INTERNAL_SERVER_ERROR'), lost);
    expect(result).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(result.message).not.toContain('select');
  });
});
