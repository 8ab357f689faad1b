import { Migration } from '@mikro-orm/migrations';

/**
 * The request id of an audit event is always the server's own; the `x-request-id` a client
 * sends is kept beside it as a correlation id, so a client cannot reuse an id and mix trails.
 */
export class Migration20261203000100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "correlation_id" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_event" drop column "correlation_id";`);
  }
}
