import type { PickedDocument } from './pick-document.d';

/** The browser's file picker; an object URL stands in for WeChat's temp path. */
export function pickDocument(extensions: string[]): Promise<PickedDocument | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = extensions.map((e) => `.${e}`).join(',');
    input.style.display = 'none';
    const done = (picked: PickedDocument | undefined) => {
      input.remove();
      resolve(picked);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done(file ? { path: URL.createObjectURL(file), name: file.name } : undefined);
    });
    input.addEventListener('cancel', () => done(undefined));
    document.body.appendChild(input);
    input.click();
  });
}
