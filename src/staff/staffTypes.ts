export type StaffRoleName = 'worker' | 'manager' | 'admin';

export interface SignInRequest {
  /** @example "a.worker@council.example" */
  email: string;
  password: string;
}

export interface SignedInStaff {
  staffId: string;
  email: string;
  role: StaffRoleName;
}

/** A session token: send it as `Authorization: Bearer <token>`. It is shown once and stored only as a hash. */
export interface SessionToken {
  token: string;
  expiresAt: Date;
  staff: SignedInStaff;
  /** True after a one-time password: set your own with `PUT /api/v1/session/password`. */
  mustChangePassword: boolean;
}

export interface PasswordChange {
  currentPassword: string;
  /** At least 12 characters. */
  newPassword: string;
}
