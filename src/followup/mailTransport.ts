import nodemailer, { type Transporter } from 'nodemailer';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { config } from '../platform/config';
import { logger } from '../platform/logging';

export interface OutgoingEmail {
  to: string;
  messageId: string;
  subject: string;
  text: string;
  html: string;
  /** Names the .eml file when there is no SMTP server: reference and kind, never personal data. */
  fileName: string;
}

export interface MailSender {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** The folder `.eml` files go to when SMTP_URL is unset: MAIL_DIR, or `<DATA_DIR>/mail`. */
export function mailDir(): string {
  const cfg = config();
  return resolve(cfg.MAIL_DIR ?? join(cfg.DATA_DIR, 'mail'));
}

/** The same message whichever way it leaves. The Message-ID is stable across retries, so duplicates can be spotted. */
function messageOf(email: OutgoingEmail, from: string) {
  const { to, subject, text, html, messageId } = email;
  return { from, to, subject, text, html, messageId, headers: { 'Auto-Submitted': 'auto-generated' } };
}

/** nodemailer over SMTP_URL; with none set, each email is written as an .eml file so `npm start` needs nothing else. */
export function createMailSender(): MailSender {
  const cfg = config();
  if (cfg.SMTP_URL) {
    const timeout = cfg.MAIL_SMTP_TIMEOUT_MS;
    const transport: Transporter = nodemailer.createTransport({
      url: cfg.SMTP_URL,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      dnsTimeout: timeout,
    } as never);
    return {
      async send(email) {
        await transport.sendMail(messageOf(email, cfg.MAIL_FROM));
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(email) {
      const info = await transport.sendMail(messageOf(email, cfg.MAIL_FROM));
      const dir = mailDir();
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${email.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`);
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, info.message as Buffer, { mode: 0o600 });
      renameSync(temp, file);
      logger.info({ file }, 'email written');
    },
    close: () => transport.close(),
  };
}

/**
 * Permanent: the server refused for good (a 5xx reply such as 550 "no such mailbox"), or the address cannot be
 * used at all. Everything else (421, 451, refused connection, timeout, dropped connection) is worth retrying.
 */
export function classifyMailError(err: unknown): { permanent: boolean; code: string } {
  const e = err as { responseCode?: number; code?: string };
  if (typeof e?.responseCode === 'number') return { permanent: e.responseCode >= 500 && e.responseCode < 600, code: String(e.responseCode) };
  if (e?.code === 'EENVELOPE' || e?.code === 'ENORECIPIENT') return { permanent: true, code: e.code };
  return { permanent: false, code: e?.code ?? 'ERROR' };
}
