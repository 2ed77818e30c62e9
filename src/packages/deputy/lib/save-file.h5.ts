/** Browser: downloads. */
function download(href: string, fileName: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export async function saveFile(base64: string, fileName: string, mimeType: string): Promise<string> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  download(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return `已下载 ${fileName}`;
}

export async function openPdf(url: string, fileName: string): Promise<string> {
  download(url, fileName);
  return `已下载 ${fileName}`;
}
