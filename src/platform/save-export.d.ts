/** Hands the resident their exported data; resolves with a sentence saying where it went. */
export declare function saveExport(json: string, fileName: string): Promise<string>;
