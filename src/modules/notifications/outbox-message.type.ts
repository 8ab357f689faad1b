import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Locale } from '../../shared/locale.js';

@ObjectType('OutboxMessage', { description: 'A message of the notification outbox: sent, waiting, or waiting for a retry.' })
export class OutboxMessageType {
  @Field(() => ID)
  id!: string;

  @Field()
  recipient!: string;

  @Field({ description: 'Which message: account-activation, password-reset, …' })
  template!: string;

  @Field(() => Locale)
  language!: Locale;

  @Field()
  createdAt!: Date;

  @Field(() => Int, { description: 'Sending attempts so far, the successful one included.' })
  attempts!: number;

  @Field(() => Date, { nullable: true })
  lastAttemptAt?: Date;

  @Field(() => String, { nullable: true, description: 'The class of the last failure: an SMTP reply code or a connection error code.' })
  lastError?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the mail server accepted it; null while it waits.' })
  sentAt?: Date;
}
