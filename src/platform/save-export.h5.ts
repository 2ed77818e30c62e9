/** Browser: a download of the JSON file. */
export async function saveExport(json: string, fileName: string): Promise<string> {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return `已下载 ${fileName}`;
}
