const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * An id for one draft, sent with its submit: the server answers a repeat of the same id with
 * the first result, so a retry after a lost answer never makes a second opinion.
 * Matches the contract's RequestId ([A-Za-z0-9_-]{8,64}).
 */
export function newRequestId(): string {
  let random = '';
  for (let i = 0; i < 12; i += 1) random += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return `r${Date.now().toString(36)}${random}`;
}
