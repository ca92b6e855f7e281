import { useTestDatabase } from '../support/testDatabase';
import { auditTrail, recordAudit } from '../../src/audit/auditService';
import { AuditModel } from '../../src/audit/auditModel';

useTestDatabase();

describe('audit trail', () => {
  it('answers who did what to a referral, oldest first, and nothing about other referrals', async () => {
    const t0 = new Date('2025-03-03T09:00:00Z');
    await recordAudit({ actor: { kind: 'staff', id: 'st1', email: 'a@council.example', role: 'worker' }, action: 'read', reference: 'SR-AAAA-AAAA', ip: '10.0.0.1', at: new Date(t0.getTime() + 60_000) });
    await recordAudit({ actor: { kind: 'staff', id: 'st2', email: 'b@council.example', role: 'manager' }, action: 'claim', reference: 'SR-AAAA-AAAA', ip: '10.0.0.2', at: t0 });
    await recordAudit({ actor: { kind: 'referrer', id: 'link' }, action: 'answer', reference: 'SR-BBBB-BBBB' });
    const trail = await auditTrail('SR-AAAA-AAAA');
    expect(trail.map((e) => [e.action, e.actor.email, e.ip])).toEqual([
      ['claim', 'b@council.example', '10.0.0.2'],
      ['read', 'a@council.example', '10.0.0.1'],
    ]);
  });

  it('each record is a new document: recording never changes an earlier one', async () => {
    await recordAudit({ actor: { kind: 'system', id: 'archiver' }, action: 'archive', reference: 'SR-AAAA-AAAA' });
    const first = await AuditModel.findOne({}).lean();
    await recordAudit({ actor: { kind: 'system', id: 'archiver' }, action: 'archive', reference: 'SR-AAAA-AAAA' });
    expect(await AuditModel.countDocuments({})).toBe(2);
    expect(await AuditModel.findById(first!._id).lean()).toEqual(first);
  });
});
