/** Opens a PDF the documents function stored: WeChat's document viewer, or a download in H5. */
export declare function openPdf(url: string, fileName: string): Promise<string>;
