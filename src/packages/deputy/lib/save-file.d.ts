/** Hands a generated file (base64) to the deputy; resolves with a sentence saying where it went. */
export declare function saveFile(base64: string, fileName: string, mimeType: string): Promise<string>;
/** Opens a PDF the documents function stored. */
export declare function openPdf(url: string, fileName: string): Promise<string>;
