/**
 * The key the database client sits under in `Ports`. Only `platform/db.ts` (`dbOf`, for
 * repositories) and `platform/ports.ts` import it, so a use case or handler cannot reach the
 * database at all (`npm run check:layers`, decision 0020).
 */
export const DB: unique symbol = Symbol('db');
