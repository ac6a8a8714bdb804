// Case identifiers. User cases get 60 random bits (`c_` + 12 base32 characters): unguessable
// enough that two libraries merged by import never collide in practice, short enough to type
// in `sim case:<id>`. Built-ins get a stable id from their slug so links to them survive.
import { randomBytes } from 'node:crypto';

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford: no i, l, o, u

export function newCaseId(): string {
  const bytes = randomBytes(8);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < 12; i++) {
    out += BASE32[Number(bits & 31n)];
    bits >>= 5n;
  }
  return `c_${out}`;
}

export function builtinId(slug: string): string {
  return `b_${slug}`;
}
