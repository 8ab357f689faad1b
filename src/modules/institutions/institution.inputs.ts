import { ArrayMaxSize, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { RecordEditInput } from '../../graphql/record-edit.input.js';
import { IsPlainText } from '../../graphql/validation.js';
import { InstitutionKind } from './institution.entity.js';

/** Far above the largest homes (a few hundred places): a bound on typing errors, not a rule. */
const MAX_CAPACITY = 2000;

@InputType()
export class RegisterInstitutionInput {
  @Field()
  @IsPlainText(300)
  name!: string;

  @Field(() => InstitutionKind)
  kind!: InstitutionKind;

  @Field()
  @IsPlainText(32)
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'Left out: yours for district staff, none (regional subordination) otherwise.' })
  @IsPlainText(64)
  districtCode?: string;

  @Field()
  @IsPlainText(100)
  settlement!: string;

  @Field()
  @IsPlainText(300)
  address!: string;

  @Field(() => Int)
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity!: number;
}

@InputType({ description: 'Fields left out are not changed. An institution stays in its region.' })
export class UpdateInstitutionInput extends RecordEditInput {
  @Field(() => String, { nullable: true })
  @IsPlainText(300)
  name?: string;

  @Field(() => InstitutionKind, { nullable: true })
  kind?: InstitutionKind;

  @Field(() => String, { nullable: true, description: 'Null: of regional subordination (staff of the whole region only).' })
  @IsPlainText(64)
  districtCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText(100)
  settlement?: string;

  @Field(() => String, { nullable: true })
  @IsPlainText(300)
  address?: string;

  @Field(() => Int, { nullable: true })
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;
}

@InputType()
export class InstitutionFilter {
  @Field(() => String, { nullable: true })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => String, { nullable: true })
  @IsPlainText(64)
  districtCode?: string;

  @Field(() => [InstitutionKind], { nullable: true })
  @ArrayMaxSize(10)
  kind?: InstitutionKind[];

  @Field(() => String, { nullable: true, description: 'Words of the name, in any case.' })
  @IsPlainText(100)
  search?: string;
}
