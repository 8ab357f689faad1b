import { IsEmail, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsPlainText } from '../../graphql/validation.js';
import { Role } from '../../shared/enums.js';

@InputType()
export class CreateStaffAccountInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @MinLength(1)
  @IsPlainText(200)
  displayName!: string;

  @Field(() => Role, { description: 'ADMIN, SOCIAL_WORKER or MENTOR_COORDINATOR: families and mentors are invited from their records.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Required for workers and coordinators; none for administrators.' })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'A district of that region, for staff of one district; left out, the whole region.' })
  @IsPlainText(64)
  districtCode?: string;
}

@InputType()
export class UpdateStaffAccountInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @MinLength(1)
  @IsPlainText(200)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => String, { nullable: true, description: 'null: no region (administrators).' })
  @IsPlainText(32)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'null: the whole region.' })
  @IsPlainText(64)
  districtCode?: string | null;
}

@InputType()
export class StaffAccountFilter {
  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => String, { nullable: true })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean;
}
