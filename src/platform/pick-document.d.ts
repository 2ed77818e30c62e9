/** A document the admin picked (a roster): a local path to read it from, and its name. */
export interface PickedDocument {
  path: string;
  name: string;
}

/** Lets the admin pick one file with one of `extensions` (e.g. ['xlsx', 'csv']); undefined when cancelled. */
export declare function pickDocument(extensions: string[]): Promise<PickedDocument | undefined>;
