import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type JSONTransport from 'nodemailer/lib/json-transport/index.js';

/** One plain-text e-mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail. The server has one only when an SMTP server is configured. */
export interface Mailer {
  /** Resolves once the server accepted the message (what the transport reports, for tests and logs). */
  send(message: MailMessage): Promise<unknown>;
  close(): void;
}

/** A mailer over a nodemailer transport: an SMTP URL, or any transport options (tests use `{ jsonTransport: true }`). */
export function createNodemailerMailer(transport: string | SMTPTransport.Options | JSONTransport.Options, from: string): Mailer {
  const transporter = nodemailer.createTransport(transport as SMTPTransport.Options);
  return {
    send: (message) => transporter.sendMail({ from, to: message.to, subject: message.subject, text: message.text }),
    close: () => transporter.close(),
  };
}

/**
 * The mailer the environment configures: SMTP_URL (e.g. smtp://user:pass@host:587, or smtps://
 * for implicit TLS) and SMTP_FROM (the sender, e.g. "PCMD <pcmd@so-y-te.gov.vn>"; by default
 * pcmd@ the SMTP host). Null when SMTP_URL is not set: reminders then stay in the application.
 */
export function createMailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new Error('protocol');
    host = parsed.hostname;
  } catch {
    // The URL may hold a password: never repeat it.
    throw new Error('SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.vn:587');
  }
  const from = env.SMTP_FROM?.trim() || `PCMD <pcmd@${host}>`;
  return createNodemailerMailer(url, from);
}
