import { createTransport } from 'nodemailer';

/** One message handed to the mail server. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The outbox row's id as the Message-ID: a message sent again after a crash is the same message to the receiving server. */
  messageId: string;
}

export interface Mailer {
  /** Resolves once the server has accepted the message; rejects with its reply or the connection's error. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** How long a mail server may keep the sender waiting: the outbox row stays locked meanwhile. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** A mailer over SMTP (`smtp://user:pass@host:port`, `smtps://` for TLS from the start). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.messageId}@shanyraq>` });
    },
    close: () => transport.close(),
  };
}
