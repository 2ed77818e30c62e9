/** Lets the resident pick up to `max` photos; resolves with local paths (none when cancelled). */
export declare function pickPhotos(max: number): Promise<string[]>;
