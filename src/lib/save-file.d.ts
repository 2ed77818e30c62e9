/** Hands a generated file (base64, e.g. an xlsx) to the person; resolves with a sentence saying where it went. */
export declare function saveFile(base64: string, fileName: string, mimeType: string): Promise<string>;
