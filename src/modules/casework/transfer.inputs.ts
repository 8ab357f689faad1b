import { ArrayMaxSize, IsUUID } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsNoteText } from '../../graphql/validation.js';
import { AssignedToFilter } from './assignment.js';
import { TransferStatus } from './case-transfer.entity.js';
import { TransferRecordKind } from './transfer.rules.js';

registerEnumType(TransferRecordKind, { name: 'TransferRecordKind', description: 'The kind of case handed over: a child, a family or a mentor.' });
registerEnumType(TransferStatus, { name: 'TransferStatus', description: 'PENDING until the receiver answers (ACCEPTED or DECLINED) or the sending side takes it back (WITHDRAWN).' });

@InputType()
export class RequestTransferInput {
  @Field(() => TransferRecordKind)
  kind!: TransferRecordKind;

  @Field(() => ID, { description: 'The child, family or mentor.' })
  recordId!: string;

  @Field(() => ID, { description: 'The worker to receive it: a social worker or supervisor for a child or a family, a coordinator or supervisor for a mentor; of any region.' })
  toWorkerId!: string;

  @Field(() => String, { nullable: true, description: 'Why it is handed over, for the receiver.' })
  @IsNoteText(2000)
  note?: string;
}

@InputType()
export class DecideTransferInput {
  @Field(() => ID)
  @IsUUID()
  transferId!: string;
}

@InputType()
export class DeclineTransferInput extends DecideTransferInput {
  @Field({ description: 'Why, for the sender.' })
  @IsNoteText(2000)
  reason!: string;
}

@InputType()
export class WithdrawTransferInput extends DecideTransferInput {
  @Field(() => String, { nullable: true, description: 'Why, for the receiver.' })
  @IsNoteText(2000)
  reason?: string;
}

@InputType()
export class TransferFilter {
  @Field(() => [TransferStatus], { nullable: true })
  @ArrayMaxSize(4)
  status?: TransferStatus[];

  @AssignedToFilter()
  toWorker?: string;

  @AssignedToFilter()
  fromWorker?: string;
}
