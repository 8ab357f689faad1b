import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '../../db/database-unavailable.js';
import type { Context } from '../../graphql/context.js';
import { AppError, ErrorCode } from '../../shared/app-error.js';
import type { Logger } from '../../shared/logger.js';
import { uploadRequestOf } from './document.rules.js';
import { downloadDocument, uploadDocument } from './document.service.js';
import type { BlobStore } from './document.store.js';

/**
 * `POST /documents` and `GET /documents/:id`, beside /graphql, with the same bearer token. An
 * upload is the file itself as the body (any content type; the type is read from the content),
 * described by the query string: `?subjectKind=Child&subjectId=…&kind=COURT_DECISION&fileName=…`.
 * Answers and errors are JSON in the shape of GraphQL's: `{ document }`, `{ errors: [{ message, extensions: { code, field } }] }`.
 */

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, error: AppError) {
  const extensions = { code: error.code, ...(error.field ? { field: error.field } : {}), ...error.extensions };
  sendJson(response, STATUS[error.code] ?? 500, { errors: [{ message: error.message, extensions }] });
}

/** `attachment; filename="…"` with an ASCII stand-in and the real name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface DocumentRoutes {
  /** Answers the request when it is one of the routes; false otherwise. */
  serve(request: IncomingMessage, response: ServerResponse, url: URL, context: () => Promise<Context>): Promise<boolean>;
}

export function documentRoutes(store: BlobStore, maxBytes: number, logger: Pick<Logger, 'error'>, noteError: (code: string) => void): DocumentRoutes {
  const refuse = (response: ServerResponse, error: AppError) => {
    noteError(error.code);
    sendError(response, error);
  };

  async function upload(request: IncomingMessage, response: ServerResponse, url: URL, context: () => Promise<Context>) {
    const parsed = uploadRequestOf(url.searchParams);
    const length = Number(request.headers['content-length']);
    const ctx = await context();
    if (!ctx.actor) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
    if ('field' in parsed) throw new AppError(ErrorCode.BAD_USER_INPUT, parsed.message, parsed.field);
    // The length is needed up front: the limit is checked before a byte is read, and S3 is told the blob's size.
    if (request.headers['transfer-encoding'] || !Number.isSafeInteger(length)) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Send the file with a Content-Length', 'content');
    const document = await uploadDocument(ctx, store, maxBytes, { ...parsed, size: length, body: request });
    sendJson(response, 201, { document: { id: document.id, kind: document.kind, subjectKind: document.subjectKind, subjectId: document.subjectId, fileName: document.fileName, contentType: document.contentType, size: document.size } });
  }

  async function download(response: ServerResponse, id: string, context: () => Promise<Context>) {
    const ctx = await context();
    if (!ctx.actor) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
    const { document, content } = await downloadDocument(ctx, store, id);
    response.writeHead(200, {
      'content-type': document.contentType,
      'content-length': String(document.size),
      'content-disposition': contentDisposition(document.fileName),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    try {
      await pipeline(content, response);
    } catch (error) {
      // Headers are gone: cut the connection, so the client sees a short body instead of a whole bad one.
      logger.error('document download failed', error);
      response.destroy();
    }
  }

  return {
    async serve(request, response, url, context) {
      const id = /^\/documents\/([^/]+)$/.exec(url.pathname)?.[1];
      const route = url.pathname === '/documents' && request.method === 'POST' ? 'upload' : id !== undefined && request.method === 'GET' ? 'download' : undefined;
      if (url.pathname !== '/documents' && id === undefined) return false;
      try {
        if (route === 'upload') await upload(request, response, url, context);
        else if (route === 'download') await download(response, decodeURIComponent(id!), context);
        else {
          response.setHeader('allow', id === undefined ? 'POST' : 'GET');
          sendJson(response, 405, { errors: [{ message: 'Method not allowed', extensions: { code: 'METHOD_NOT_ALLOWED' } }] });
        }
      } catch (error) {
        const coded = error instanceof AppError ? error : isDatabaseUnavailable(error) ? new AppError(ErrorCode.SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE) : undefined;
        if (!coded || response.headersSent) throw error;
        if (route === 'upload' && !request.readableEnded) {
          // Refused before the whole body was read: the rest is discarded, and the connection carries no other request.
          response.setHeader('connection', 'close');
          request.resume();
        }
        refuse(response, coded);
      }
      return true;
    },
  };
}
