import { Schema, model } from 'mongoose';

export const API_SCOPES = ['referrals:write', 'referrals:read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** A partner system's key. Only a SHA-256 of the secret is stored; the key id is public and appears in the key. */
export interface ApiKeyRecord {
  _id: string; // key id, e.g. "pk_7kq2m9xd"
  partnerName: string;
  secretHash: string;
  scopes: ApiScope[];
  createdAt: Date;
  revokedAt?: Date;
}

export const ApiKeyModel = model<ApiKeyRecord>(
  'ApiKey',
  new Schema<ApiKeyRecord>(
    {
      _id: { type: String, required: true },
      partnerName: { type: String, required: true },
      secretHash: { type: String, required: true },
      scopes: { type: [String], required: true },
      createdAt: { type: Date, required: true },
      revokedAt: { type: Date },
    },
    { collection: 'apiKeys', versionKey: false },
  ),
);
