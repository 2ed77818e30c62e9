import type { PrivacyResolve } from './privacy.d';

/** No privacy APIs in the browser: the notice is shown by the page itself (usePrivacy). */
export function onNeedPrivacy(_listener: (resolve: PrivacyResolve) => void): void {}

/** The H5 popup carries the guide's text inline. */
export function openPrivacyContract(): void {}
