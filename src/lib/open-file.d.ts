/** Opens a PDF the documents function stored: WeChat's document viewer, or a download in H5. */
export declare function openPdf(url: string, fileName: string): Promise<string>;
/**
 * Hands a file a function stored (an xlsx) to the person, from its temporary URL: WeChat's
 * document viewer (forward or save from its menu), or a download in H5; resolves with a
 * sentence saying where it went.
 */
export declare function saveFile(url: string, fileName: string): Promise<string>;
