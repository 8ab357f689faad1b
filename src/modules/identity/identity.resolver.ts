import { IsEmail, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Locale } from '../../shared/locale.js';
import { rolesFor } from './authorization-matrix.js';
import { changePassword, currentUser, login, logout, setMyLanguage } from './identity.service.js';
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

@ArgsType()
class ChangePasswordArgs {
  @Field()
  @MaxLength(200)
  currentPassword!: string;

  @Field({ description: 'At least 12 characters, not a common password, not containing your email name.' })
  @MaxLength(200)
  newPassword!: string;
}

@Resolver(() => UserType)
export class IdentityResolver {
  @Mutation(() => AuthPayload, { description: 'Open to everyone.' })
  login(@Ctx() ctx: Context, @Args() { email, password }: LoginArgs) {
    return login(ctx, email, password);
  }

  @Authorized(rolesFor('Mutation.logout'))
  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, on every device: each of their tokens stops working.' })
  logout(@Ctx() ctx: Context) {
    return logout(ctx);
  }

  @Authorized(rolesFor('Mutation.changePassword'))
  @Mutation(() => Boolean, { description: 'Sets a new password (see the password policy) and ends every session of the user, this one included: sign in again.' })
  changePassword(@Ctx() ctx: Context, @Args() { currentPassword, newPassword }: ChangePasswordArgs) {
    return changePassword(ctx, currentPassword, newPassword);
  }

  @Authorized(rolesFor('Mutation.setMyLanguage'))
  @Mutation(() => UserType, { description: 'The language the service writes to the signed-in user in: its mail, and later its pages.' })
  setMyLanguage(@Ctx() ctx: Context, @Arg('language', () => Locale) language: Locale) {
    return setMyLanguage(ctx, language);
  }

  @Query(() => UserType, { nullable: true, description: 'The signed-in user, or null.' })
  me(@Ctx() ctx: Context) {
    return currentUser(ctx);
  }
}
