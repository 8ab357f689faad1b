import 'reflect-metadata';
import { buildSchema, defaultFieldResolver } from 'graphql';
import { describe, expect, it } from 'vitest';
import { guardRecords } from './record-guard.js';

/** The guard is installed by type: a schema it cannot place refuses to start. */
describe('guardRecords', () => {
  it('guards every field whose type is a record kind, and nothing else', () => {
    const schema = guardRecords(buildSchema(`
      type Query { child: Child, children: [Child!]!, regions: [Region!]! }
      type Child { id: ID!, siblings: [Child!]!, region: Region! }
      type Region { code: String! }
    `));
    const query = schema.getQueryType()!.getFields();
    const child = schema.getTypeMap().Child as ReturnType<typeof schema.getQueryType> & object;
    expect(query.child!.resolve).toBeTypeOf('function');
    expect(query.children!.resolve).toBeTypeOf('function');
    expect(child.getFields().siblings!.resolve).toBeTypeOf('function');
    expect(query.regions!.resolve).toBeUndefined();
    expect(child.getFields().region!.resolve).toBeUndefined();
    expect(query.child!.resolve).not.toBe(defaultFieldResolver);
  });

  it('refuses an object type nobody has classified', () => {
    expect(() => guardRecords(buildSchema('type Query { note: CaseNote } type CaseNote { text: String }'))).toThrow(/CaseNote is not classified/);
  });

  it('refuses a part of a record reached from outside it', () => {
    expect(() => guardRecords(buildSchema('type Query { checks: [BackgroundCheck!]! } type BackgroundCheck { kind: String }'))).toThrow(
      /Query.checks leads to BackgroundCheck, a part of FamilyApplicant records/,
    );
  });

  it('leaves the sign-in answer’s account to its documented exemption only', () => {
    const schema = guardRecords(buildSchema('type Query { me: User } type Mutation { login: AuthPayload! } type AuthPayload { user: User! } type User { id: ID! }'));
    expect((schema.getTypeMap().AuthPayload as any).getFields().user.resolve).toBeUndefined();
    expect(schema.getQueryType()!.getFields().me!.resolve).toBeTypeOf('function');
  });
});
