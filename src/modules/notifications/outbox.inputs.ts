import { IsEmail, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class OutboxMessageFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only the messages not sent yet (true) or only those sent (false).' })
  pending?: boolean;

  @Field(() => String, { nullable: true })
  @IsEmail()
  @MaxLength(254)
  recipient?: string;
}
