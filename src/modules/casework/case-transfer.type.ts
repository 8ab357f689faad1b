import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { AuditRecordRead } from '../audit/read-audit.js';
import { TransferStatus } from './case-transfer.entity.js';

/**
 * A transfer as both regions read it. The case (`child`, `family`, `mentor`) and the colleagues
 * are records the guard checks: until acceptance a receiver of another region sees the request,
 * not the case. The rest is resolved in CaseTransferResolver.
 */
/** The notes are free text that may name people: read-audited, like the other notes. */
const AuditTransferRead = AuditRecordRead('case-transfer.read-personal', 'CaseTransfer');

@ObjectType('CaseTransfer', { description: 'A case handed from one worker to another, and the receiver’s answer.' })
export class CaseTransferType {
  @Field(() => ID)
  id!: string;

  @Field(() => TransferStatus)
  status!: TransferStatus;

  @UseMiddleware(AuditTransferRead)
  @Field(() => String, { nullable: true, description: 'Why it is handed over.' })
  note?: string;

  @UseMiddleware(AuditTransferRead)
  @Field(() => String, { nullable: true, description: 'Why the receiver declined, or the sending side took the request back.' })
  declineReason?: string;

  @Field({ description: 'When it was asked.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt?: Date;
}

