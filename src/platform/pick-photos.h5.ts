/** The browser's file picker, JPEG or PNG only; object URLs stand in for WeChat's temp paths. */
export function pickPhotos(max: number): Promise<string[]> {
  if (max <= 0) return Promise.resolve([]);
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/jpeg,image/png';
    input.multiple = max > 1;
    input.style.display = 'none';
    const done = (paths: string[]) => {
      input.remove();
      resolve(paths);
    };
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).slice(0, max);
      done(files.map((f) => URL.createObjectURL(f)));
    });
    input.addEventListener('cancel', () => done([]));
    document.body.appendChild(input);
    input.click();
  });
}
