import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InstitutionKind } from './institution.entity.js';

registerEnumType(InstitutionKind, {
  name: 'InstitutionKind',
  description: 'Children’s home (детский дом), infant home (дом ребёнка), family support centre (центр поддержки семьи), and the rest.',
});

/** Region and district are resolved in InstitutionResolver. */
@ObjectType('Institution', { description: 'An organisation where children of the data bank live: a public body, not personal data.' })
export class InstitutionType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => InstitutionKind)
  kind!: InstitutionKind;

  @Field()
  settlement!: string;

  @Field({ description: 'The organisation’s published address.' })
  address!: string;

  @Field(() => Int, { description: 'Places for children.' })
  capacity!: number;

  @Field(() => Int, { description: 'Increases with every change; send it back with an update.' })
  version!: number;
}
