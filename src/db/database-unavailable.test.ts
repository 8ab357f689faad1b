import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.js';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const named = (name: string, message: string) => Object.assign(new Error(message), { name });
/** What MikroORM makes of a driver error: the SQL in front of the driver's message. */
const wrapped = (message: string, code?: string) => new DriverException(Object.assign(new Error(`select 1 - ${message}`), code ? { code } : {}));

describe('a database that cannot serve', () => {
  it.each([
    ['a refused connection', coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', coded('ECONNRESET')],
    ['an unknown host', coded('ENOTFOUND')],
    ['a server shutting down (57P01)', wrapped('terminating connection due to administrator command', '57P01')],
    ['a server still starting (57P03)', coded('57P03', 'the database system is starting up')],
    ['a connection failure (class 08)', coded('08006')],
    ['too many connections (53300)', coded('53300')],
    ['a statement timeout (57014)', wrapped('canceling statement due to statement timeout', '57014')],
    ['a connection cut mid-query', wrapped('Connection terminated unexpectedly')],
    ['a connect timeout', new Error('Connection terminated due to connection timeout')],
    ['a client after a connection error', wrapped('Client has encountered a connection error and is not queryable')],
    ['a transaction whose BEGIN failed', wrapped('Transaction query already complete, run with DEBUG=knex:tx for more info')],
    ['no pooled connection in time', named('KnexTimeoutError', 'Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['a GraphQL error around one', new GraphQLError('Context creation failed', { originalError: coded('ECONNREFUSED') })],
    ['a cause', new Error('outer', { cause: coded('ETIMEDOUT') })],
    ['an AggregateError of connect attempts', new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')])],
  ])('is recognised in %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new UniqueConstraintViolationException(coded('23505', 'duplicate key value'))],
    ['a syntax error', wrapped('syntax error at or near "x"', '42601')],
    ['the words inside the SQL only', new DriverException(new Error("select 'Connection terminated' as x - division by zero"))],
    ['a plain bug', new TypeError('Cannot read properties of undefined')],
    ['something thrown that is not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is not claimed for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
