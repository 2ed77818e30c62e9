/** H5 talks to the local HTTP API over fetch: there is no cloud to initialise. */
export function initCloud(): void {}
