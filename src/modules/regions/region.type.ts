import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { RegionKind } from './region.entity.js';

registerEnumType(RegionKind, { name: 'RegionKind' });

@ObjectType('Region', { description: 'An oblast or a city of republican significance.' })
export class RegionType {
  @Field()
  code!: string;

  @Field({ description: 'Name in Kazakh.' })
  nameKk!: string;

  @Field({ description: 'Name in Russian.' })
  nameRu!: string;

  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Field(() => RegionKind)
  kind!: RegionKind;

  @Field(() => [String], { description: 'Codes of bordering regions.' })
  neighbours!: string[];
}
