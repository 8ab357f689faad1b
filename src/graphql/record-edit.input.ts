import { IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

/** An edit of a record as it was read: a newer version on the server means CONFLICT, not a lost update. */
@InputType()
export class RecordEditInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  @Min(1)
  version!: number;
}
