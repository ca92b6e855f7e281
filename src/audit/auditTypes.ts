export interface AuditActorView {
  kind: 'staff' | 'partner' | 'referrer' | 'system';
  id: string;
  email?: string;
  role?: string;
}

/** One line of a referral's audit trail: who, when, what, from where. */
export interface AuditEntry {
  at: Date;
  actor: AuditActorView;
  /** @example "read" */
  action: string;
  reference?: string;
  /** @example "10.0.4.17" */
  ip?: string;
  detail?: string;
}
