import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DistrictKind } from './district.entity.js';

registerEnumType(DistrictKind, { name: 'DistrictKind', description: 'District (аудан), town of regional significance, or city district.' });

/** `regionCode` is resolved in DistrictResolver. */
@ObjectType('District', { description: 'A district of a region, with its own guardianship body.' })
export class DistrictType {
  @Field({ description: '`<REGION>-<NAME>`: unique across the country.' })
  code!: string;

  @Field({ description: 'Name in Kazakh.' })
  nameKk!: string;

  @Field({ description: 'Name in Russian.' })
  nameRu!: string;

  @Field({ description: 'Name in English.' })
  nameEn!: string;

  @Field(() => DistrictKind)
  kind!: DistrictKind;
}
