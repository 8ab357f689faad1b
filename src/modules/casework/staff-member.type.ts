import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../shared/enums.js';

/**
 * A colleague as casework names them: the worker a case is assigned to, the sender and receiver
 * of a transfer. Not an account: no email, nothing of its sign-in. `active`, region and district
 * are resolved in StaffMemberResolver.
 */
@ObjectType('StaffMember', { description: 'A staff member responsible for cases: name, role and where they work.' })
export class StaffMemberType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;
}
