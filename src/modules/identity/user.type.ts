import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../shared/enums.js';
import { Locale } from '../../shared/locale.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => Locale, { description: 'The language of the account\'s mail.' })
  language!: Locale;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}
