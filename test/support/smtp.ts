import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A message as the test mail server received it, decoded. */
export interface ReceivedMail {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
}

/** What the server answers to the next message: accept it, refuse it with a code, or hold it without answering. */
export type Answer = { accept: true } | { refuse: number } | { hold: true };

export interface TestSmtp {
  url: string;
  received: ReceivedMail[];
  /** The answer to every following message, until changed. */
  answer: Answer;
  /** Messages held without an answer (their DATA was read): release them by refusing. */
  held: number;
  stop(): Promise<void>;
  /** Listens again on the same port after stop(). */
  restart(): Promise<void>;
}

/** `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words, as nodemailer writes non-ASCII headers. */
function decodeWords(value: string): string {
  return value.replace(/\s*=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** A single-part text message, as nodemailer composes one. */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map(head.split('\r\n').map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return {
    to,
    messageId: headers.get('message-id') ?? '',
    subject: decodeWords(headers.get('subject') ?? ''),
    text: decodeBody(raw.slice(split + 4), headers.get('content-transfer-encoding')?.toLowerCase()).replace(/\r\n/g, '\n').trimEnd(),
  };
}

function smtpError(code: number): Error {
  return Object.assign(new Error(code >= 500 ? 'Refused for good' : 'Try again later'), { responseCode: code });
}

/** A real SMTP server on a free port of this host, without TLS or authentication, keeping what it accepted. */
export async function startTestSmtp(port = 0): Promise<TestSmtp> {
  const smtp = {} as TestSmtp;
  smtp.received = [];
  smtp.answer = { accept: true };
  smtp.held = 0;
  let server: SMTPServer;
  const listen = async (onPort: number) => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 200,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const answer = smtp.answer;
          if ('refuse' in answer) return callback(smtpError(answer.refuse));
          // Held: no answer until the client goes away; a message never acknowledged is not delivered.
          if ('hold' in answer) {
            smtp.held++;
            return;
          }
          smtp.received.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((rcpt) => rcpt.address)));
          callback(null);
        });
      },
    });
    server.on('error', () => {});
    await new Promise<void>((resolve) => server.listen(onPort, '127.0.0.1', resolve));
    return (server.server.address() as AddressInfo).port;
  };
  const bound = await listen(port);
  smtp.url = `smtp://127.0.0.1:${bound}`;
  smtp.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  smtp.restart = async () => void (await listen(bound));
  return smtp;
}
