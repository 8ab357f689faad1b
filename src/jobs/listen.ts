import pg from 'pg';
import type { Logger } from '../shared/logger.js';

/**
 * Calls `onNotice` for each NOTIFY on the channel (triggers send them at commit), on a connection
 * of its own, and once when listening starts so work waiting from before is seen. A lost connection
 * is opened again after 5 s; the job's cron sweep covers what came meanwhile. Returns the stop.
 */
export function listen(databaseUrl: string, channel: string, logger: Logger, onNotice: () => void): () => Promise<void> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const current = new pg.Client({ connectionString: databaseUrl, application_name: `shanyraq-listen-${channel}` });
    client = current;
    current.on('notification', onNotice);
    current.on('error', (error) => {
      logger.error('listener lost its connection', error, { channel });
      void current.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect(), 5_000);
    });
    try {
      await current.connect();
      await current.query(`listen ${channel}`);
      onNotice();
    } catch (error) {
      current.emit('error', error);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
