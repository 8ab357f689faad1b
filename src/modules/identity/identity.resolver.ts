import { IsEmail, MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { currentUser, login } from './identity.service.js';
import { AuthPayload, UserType } from './user.type.js';

@ArgsType()
class LoginArgs {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @MaxLength(200)
  password!: string;
}

@Resolver(() => UserType)
export class IdentityResolver {
  @Mutation(() => AuthPayload, { description: 'Open to everyone.' })
  login(@Ctx() ctx: Context, @Args() { email, password }: LoginArgs) {
    return login(ctx, email, password);
  }

  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: Context) {
    return currentUser(ctx);
  }
}
