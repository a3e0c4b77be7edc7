import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt cost: about 50 ms on the counter PC, so guessing is slow but sign-in is not.
const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

/** True for a PIN chartdesk accepts: 4 to 12 digits. */
export function isValidPin(pin: string): boolean {
  return /^\d{4,12}$/.test(pin);
}

/** Hashes a PIN with scrypt and a fresh per-person salt: `scrypt$N$r$p$salt$hash`. */
export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, KEYLEN, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Checks a PIN against a stored hash in constant time. */
export function verifyPin(pin: string, stored: string | null): boolean {
  if (!stored) return false;
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash ?? '', 'base64');
  const actual = scryptSync(pin, Buffer.from(salt ?? '', 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return expected.length > 0 && timingSafeEqual(actual, expected);
}
