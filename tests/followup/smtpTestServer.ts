import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedEmail {
  messageId: string;
  to: string[];
  subject: string;
  raw: string;
  /** Headers unfolded and quoted-printable undone: what a reader would see. */
  decoded: string;
}

/** What the server answers to the next messages: ok, or an SMTP error code (421, 451, 550...). */
export type Reply = 'ok' | number;

function decodeQuotedPrintable(s: string): string {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function decodeEncodedWords(s: string): string {
  return s.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

/** A real SMTP server on loopback, in the test process. `reply` decides how each message is answered. */
export class SmtpTestServer {
  received: ReceivedEmail[] = [];
  refusals = 0;
  /** Asked once at RCPT TO (where 550 "no such mailbox" comes) and once after DATA (where 421/451 come). */
  reply: (stage: 'rcpt' | 'data') => Reply = () => 'ok';
  private server?: SMTPServer;
  port = 0;

  async start(port = this.port): Promise<this> {
    const options: SMTPServerOptions = {
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const r = this.reply('rcpt');
        if (r !== 'ok') {
          this.refusals++;
          const err = Object.assign(new Error('No such mailbox'), { responseCode: r });
          return callback(err);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const r = this.reply('data');
          if (r !== 'ok') {
            this.refusals++;
            return callback(Object.assign(new Error(`Try again later (${r})`), { responseCode: r }));
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          const headerEnd = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
          const headers = raw.slice(0, headerEnd).replace(/\r?\n[ \t]+/g, ' ');
          const header = (name: string) => headers.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'))?.[1]?.trim() ?? '';
          const decoded = decodeEncodedWords(headers) + '\n\n' + decodeQuotedPrintable(raw.slice(headerEnd));
          this.received.push({ messageId: header('Message-ID'), to, subject: decodeEncodedWords(header('Subject')), raw, decoded });
          callback();
        });
      },
    };
    this.server = new SMTPServer(options);
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  countsByMessageId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.received) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
    return counts;
  }
}

export async function waitFor<T>(probe: () => T | Promise<T>, { timeoutMs = 15000, everyMs = 50 } = {}): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
