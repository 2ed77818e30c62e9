/** Browser: the local run serves generated files; the `name` query gives the download its name. */
function download(url: string, fileName: string): string {
  const a = document.createElement('a');
  a.href = `${url}${url.includes('?') ? '&' : '?'}name=${encodeURIComponent(fileName)}`;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return `已下载 ${fileName}`;
}

export async function openPdf(url: string, fileName: string): Promise<string> {
  return download(url, fileName);
}

export async function saveFile(url: string, fileName: string): Promise<string> {
  return download(url, fileName);
}
