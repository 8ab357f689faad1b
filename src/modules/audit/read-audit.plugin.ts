import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../graphql/context.js';
import { ErrorCode } from '../../shared/app-error.js';
import { recordReads } from './audit.service.js';

type Log = (message: string, error: unknown) => void;

/**
 * Writes the reads of audited fields a request made (see read-audit.ts) once its answer is
 * ready, in one INSERT. If they cannot be written, the answer is replaced by an error: data
 * whose reading is not accounted for is not handed out.
 */
export function readAuditPlugin(log: Log): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const reads = contextValue.auditedReads.take();
          if (reads.length === 0) return;
          try {
            await recordReads(contextValue.em, contextValue, reads);
          } catch (error) {
            log('read audit failed', error);
            response.body = {
              kind: 'single',
              singleResult: { errors: [{ message: 'The access could not be recorded, so nothing is shown; try again', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] },
            };
            response.http.status = 503;
          }
        },
      };
    },
  };
}
