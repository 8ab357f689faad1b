import { IsEmail, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { IsPlainText } from '../../graphql/validation.js';
import { CreateStaffAccountInput, StaffAccountFilter, UpdateStaffAccountInput } from './accounts.inputs.js';
import {
  activateAccount,
  createStaffAccount,
  inviteFamily,
  inviteMentor,
  listStaffAccounts,
  requestPasswordReset,
  resetPassword,
  setAccountDisabled,
  updateStaffAccount,
} from './accounts.service.js';
import { rolesFor } from './authorization-matrix.js';
import type { User } from './user.entity.js';
import { UserType } from './user.type.js';

@ObjectType()
export class UserConnection extends ConnectionType(UserType, 'User') {}

@ObjectType('AccountInvitation')
class AccountInvitationType {
  @Field(() => ID, { description: 'The new account.' })
  accountId!: string;

  @Field({ description: 'When the activation link stops working.' })
  expiresAt!: Date;
}

@ArgsType()
class TokenPasswordArgs {
  @Field({ description: 'The token from the email.' })
  @IsPlainText(200)
  token!: string;

  @Field({ description: 'At least 12 characters, not a common password, not containing your email name.' })
  @MaxLength(200)
  password!: string;
}

@ArgsType()
class InviteArgs {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

const ONE_TIME = 'The link is valid for 72 hours and once; it is sent by email (until then, written to the notification outbox).';

@Resolver(() => UserType)
export class AccountsResolver {
  @Authorized(rolesFor('Query.staffAccounts'))
  @Query(() => UserConnection, { description: 'Staff accounts (administrators, workers, coordinators), in the order they were created.' })
  staffAccounts(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => StaffAccountFilter, { nullable: true }) filter?: StaffAccountFilter) {
    return listStaffAccounts(ctx, filter, page);
  }

  @Authorized(rolesFor('Mutation.createStaffAccount'))
  @Mutation(() => UserType, { description: `A staff account without a password, and its activation link. ${ONE_TIME}` })
  createStaffAccount(@Ctx() ctx: Context, @Arg('input') input: CreateStaffAccountInput) {
    return createStaffAccount(ctx, input);
  }

  @Authorized(rolesFor('Mutation.updateStaffAccount'))
  @Mutation(() => UserType, { description: 'Changes a staff account’s name, role, region or district; it takes effect on the account’s next request.' })
  updateStaffAccount(@Ctx() ctx: Context, @Arg('input') input: UpdateStaffAccountInput) {
    return updateStaffAccount(ctx, input);
  }

  @Authorized(rolesFor('Mutation.disableAccount'))
  @Mutation(() => UserType, { description: 'Any account: it can no longer sign in, and its sessions end at once.' })
  disableAccount(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return setAccountDisabled(ctx, id, true);
  }

  @Authorized(rolesFor('Mutation.enableAccount'))
  @Mutation(() => UserType, { description: 'Lets a disabled account sign in again; its old sessions stay ended.' })
  enableAccount(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return setAccountDisabled(ctx, id, false);
  }

  @Authorized(rolesFor('Mutation.inviteFamily'))
  @Mutation(() => AccountInvitationType, { description: `A FAMILY account for a registered family of your region, which sets its own password. ${ONE_TIME}` })
  inviteFamily(@Ctx() ctx: Context, @Arg('familyId', () => ID) familyId: string, @Args() { email }: InviteArgs) {
    return inviteFamily(ctx, familyId, email);
  }

  @Authorized(rolesFor('Mutation.inviteMentor'))
  @Mutation(() => AccountInvitationType, { description: `A MENTOR account for a mentor of your region: it sees its own mentorships and records their meetings. ${ONE_TIME}` })
  inviteMentor(@Ctx() ctx: Context, @Arg('mentorId', () => ID) mentorId: string, @Args() { email }: InviteArgs) {
    return inviteMentor(ctx, mentorId, email);
  }

  @Mutation(() => Boolean, { description: 'Open to everyone: sets the first password of an invited account with the token of its activation link. Then sign in.' })
  activateAccount(@Ctx() ctx: Context, @Args() { token, password }: TokenPasswordArgs) {
    return activateAccount(ctx, token, password);
  }

  @Mutation(() => Boolean, { description: `Open to everyone: sends a password reset link to the account with this email, if there is one; the answer is the same either way. ${ONE_TIME}` })
  requestPasswordReset(@Ctx() ctx: Context, @Args() { email }: InviteArgs) {
    return requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean, { description: 'Open to everyone: sets a new password with the token of a reset link, and ends every session of the account.' })
  resetPassword(@Ctx() ctx: Context, @Args() { token, password }: TokenPasswordArgs) {
    return resetPassword(ctx, token, password);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The region a worker or coordinator works in.' })
  regionCode(@Root() user: User): string | null {
    return user.region?.code ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The district, for staff of one district.' })
  districtCode(@Root() user: User): string | null {
    return user.district?.code ?? null;
  }

  @FieldResolver(() => Boolean)
  disabled(@Root() user: User): boolean {
    return user.disabled;
  }

  @FieldResolver(() => Boolean, { description: 'False until the account has set its first password.' })
  activated(@Root() user: User): boolean {
    return user.passwordHash != null;
  }
}
