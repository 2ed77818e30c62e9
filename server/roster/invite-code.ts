/**
 * Invite codes (deputies' binding codes and staff invites): what is handed out, and the one id
 * a code is stored and looked up by. Only sha256 of the normalised code is stored; a code
 * typed with spaces, dashes or small letters finds the same invite.
 */
import { createHash, randomInt } from 'node:crypto';

/** How long an invite is valid. */
export const INVITE_DAYS = 7;
/** No 0/O, 1/I/L: read aloud or copied by hand without mistakes. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The id of the invite a code opens: sha256 of the code without spaces and dashes, in capitals. */
export const inviteIdOf = (code: string): string => createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');

/** A new code, `XXXXX-XXXXX`. */
export function newInviteCode(): string {
  const raw = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}
