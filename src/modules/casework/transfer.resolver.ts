import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { ChildType } from '../children/child.type.js';
import { FamilyType } from '../families/family.type.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { MentorType } from '../mentors/mentor.type.js';
import { RegionType } from '../regions/region.type.js';
import type { CaseTransfer } from './case-transfer.entity.js';
import { CaseTransferType } from './case-transfer.type.js';
import { StaffMemberType } from './staff-member.type.js';
import { DecideTransferInput, DeclineTransferInput, RequestTransferInput, TransferFilter, WithdrawTransferInput } from './transfer.inputs.js';
import { TransferRecordKind } from './transfer.rules.js';
import { acceptTransfer, declineTransfer, getTransfer, kindOf, listTransfers, recordIdOf, requestTransfer, withdrawTransfer } from './transfer.service.js';

@ObjectType()
export class CaseTransferConnection extends ConnectionType(CaseTransferType, 'CaseTransfer') {}

const staff = (ctx: Context, ref: { id: string } | undefined) => (ref ? ctx.loaders.user.load(ref.id) : null);

@Resolver(() => CaseTransferType)
export class CaseTransferResolver {
  @Authorized(rolesFor('Query.transfer'))
  @Query(() => CaseTransferType)
  transfer(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getTransfer(ctx, id);
  }

  @Authorized(rolesFor('Query.transfers'))
  @Query(() => CaseTransferConnection, { description: 'Transfers sent from or to your region.' })
  transfers(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => TransferFilter, { nullable: true }) filter?: TransferFilter) {
    return listTransfers(ctx, filter, page);
  }

  @Authorized(rolesFor('Mutation.requestTransfer'))
  @Mutation(() => CaseTransferType, { description: 'Hands a case to another worker, who accepts or declines it. By its owner, a supervisor or an administrator.' })
  requestTransfer(@Ctx() ctx: Context, @Arg('input') input: RequestTransferInput) {
    return requestTransfer(ctx, input);
  }

  @Authorized(rolesFor('Mutation.acceptTransfer'))
  @Mutation(() => CaseTransferType, { description: 'The receiver (or its supervisor) takes the case; across regions it moves to the receiver’s region now.' })
  acceptTransfer(@Ctx() ctx: Context, @Arg('input') input: DecideTransferInput) {
    return acceptTransfer(ctx, input);
  }

  @Authorized(rolesFor('Mutation.declineTransfer'))
  @Mutation(() => CaseTransferType, { description: 'The receiver (or its supervisor) declines, with a reason; the case stays with its owner.' })
  declineTransfer(@Ctx() ctx: Context, @Arg('input') input: DeclineTransferInput) {
    return declineTransfer(ctx, input);
  }

  @Authorized(rolesFor('Mutation.withdrawTransfer'))
  @Mutation(() => CaseTransferType, { description: 'The sending side takes the request back before an answer (its asker, the owner, the region’s supervisor); the case stays.' })
  withdrawTransfer(@Ctx() ctx: Context, @Arg('input') input: WithdrawTransferInput) {
    return withdrawTransfer(ctx, input);
  }

  @FieldResolver(() => TransferRecordKind)
  kind(@Root() transfer: CaseTransfer) {
    return kindOf(transfer);
  }

  @FieldResolver(() => ID, { description: 'The child, family or mentor handed over.' })
  recordId(@Root() transfer: CaseTransfer) {
    return recordIdOf(transfer);
  }

  @FieldResolver(() => ChildType, { nullable: true })
  child(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return transfer.child ? ctx.loaders.child.load(transfer.child.id) : null;
  }

  @Authorized(rolesFor('CaseTransfer.family'))
  @FieldResolver(() => FamilyType, { nullable: true })
  family(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return transfer.family ? ctx.loaders.family.load(transfer.family.id) : null;
  }

  @Authorized(rolesFor('CaseTransfer.mentor'))
  @FieldResolver(() => MentorType, { nullable: true })
  mentor(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return transfer.mentor ? ctx.loaders.mentor.load(transfer.mentor.id) : null;
  }

  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'The owner when it was asked; null for a case nobody owned.' })
  fromWorker(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return staff(ctx, transfer.fromWorker);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true })
  toWorker(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return staff(ctx, transfer.toWorker);
  }

  @FieldResolver(() => String, { description: 'The receiver’s name: the sender reads it even when the receiver works in a region it does not see.' })
  async toWorkerName(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return (await ctx.loaders.user.load(transfer.toWorker.id))!.displayName;
  }

  @FieldResolver(() => StaffMemberType, { nullable: true })
  requestedBy(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return staff(ctx, transfer.requestedBy);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true })
  decidedBy(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return staff(ctx, transfer.decidedBy);
  }

  @FieldResolver(() => RegionType, { description: 'The case’s region when it was asked.' })
  fromRegion(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(transfer.fromRegion.code);
  }

  @FieldResolver(() => RegionType, { description: 'The receiver’s region: the case’s once accepted.' })
  toRegion(@Root() transfer: CaseTransfer, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(transfer.toRegion.code);
  }
}
