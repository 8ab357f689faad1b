import 'reflect-metadata';
import { getNullableType, isListType, isObjectType, Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { COST_MODEL, QUERY_LIMITS } from './limits.js';
import { operationCost } from './query-cost.js';
import { createSchema } from './schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function cost(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost(schema, document, operation, variables, COST_MODEL);
}

const childrenPage = `query ChildrenPage($first: Int) {
  children(first: $first) {
    totalCount
    edges { node { id firstName region { code } siblingGroup { id } siblings { id } placements { id family { id } } } }
  }
}`;

describe('operationCost', () => {
  it.each([
    // connection 1 + first × (edge 1 + node 1 + region 1 + siblingGroup 1 + 10 siblings + 10 placements × (1 + family 1))
    { first: 50, expected: 1 + 50 * 34 },
    { first: 100, expected: 1 + 100 * 34 },
    { first: undefined, expected: 1 + 20 * 34, why: 'the schema default page size' },
    { first: 1_000_000, expected: 1 + 100 * 34, why: 'pages beyond the maximum are refused by the resolver' },
  ])('counts a page of children by the page size asked ($first)', ({ first, expected }) => {
    expect(cost(childrenPage, first === undefined ? {} : { first })).toBe(expected);
  });

  it('reads literal page sizes and operation defaults too', () => {
    expect(cost(childrenPage.replace('($first: Int)', '').replace('$first', '50'))).toBe(1 + 50 * 34);
    expect(cost(childrenPage.replace('($first: Int)', '($first: Int = 10)'))).toBe(1 + 10 * 34);
  });

  it('multiplies nested lists', () => {
    const nested = '{ children(first: 100) { edges { node { placements { family { placements { child { id } } } } } } } }';
    // per child: 1 + 10 placements × (1 + family (1 + 20 placements × (1 + child 1)))
    expect(cost(nested)).toBe(1 + 100 * (1 + 1 + 10 * (1 + 1 + 20 * 2)));
  });

  it('counts fragments as the fields they hold, and inline fragments likewise', () => {
    const plain = '{ regions { code nameKk } me { id } }';
    const spread = '{ regions { ...R } me { ... on User { id } } } fragment R on Region { code nameKk }';
    expect(cost(spread)).toBe(cost(plain));
    expect(cost(plain)).toBe(20 + 1);
  });

  it('costs a fragment spread many times once, so a fragment tree cannot blow up the analysis', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Region { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const source = `{ regions { ...F0 } }\n${fragments}\nfragment F${levels} on Region { code }`;
    const started = performance.now();
    expect(cost(source)).toBe(20);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('costs nothing for introspection and __typename', () => {
    expect(cost('{ __typename __schema { types { name fields { name } } } }')).toBe(0);
  });

  it('leaves operations with invalid variables to be refused by execution', () => {
    expect(cost(childrenPage, { first: 'many' })).toBe(0);
  });
});

describe('COST_MODEL', () => {
  it('names only fields that exist, and list sizes only for lists', () => {
    const fieldOf = (key: string) => {
      const [type, field] = key.split('.');
      const named = schema.getType(type!);
      return isObjectType(named) ? named.getFields()[field!] : undefined;
    };
    for (const key of Object.keys(COST_MODEL.fieldCosts)) expect(fieldOf(key), key).toBeDefined();
    for (const key of Object.keys(COST_MODEL.listSizes)) expect(isListType(getNullableType(fieldOf(key)?.type)), key).toBe(true);
  });

  it('lets one or two assignment plans through in a request, not three', () => {
    const plan = (alias: string) => `${alias}: proposeAssignments(regionCode: "ASTANA", form: ADOPTION) { totalScore proposals { score family { id } children { id } } }`;
    expect(cost(`{ ${plan('a')} }`)).toBe(1000 + 1 + 100 * (1 + 1 + 10));
    expect(cost(`{ ${plan('a')} ${plan('b')} }`)).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect(cost(`{ ${plan('a')} ${plan('b')} ${plan('c')} }`)).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });
});
