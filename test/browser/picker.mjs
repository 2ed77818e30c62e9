/**
 * Choosing in a picker (Picker mode='date' / 'time', src/components/picker-field.tsx) as a
 * thumb does on H5: the field opens Taro's wheel (taro-picker-core, WeUI's picker), each
 * column is dragged to the wanted item through the column's own drag handlers, and 确定
 * confirms. Taro moves the wheel to the end of <body>: the open one is the visible one.
 */
import { screen } from './support.mjs';

const TOP = 102; // Taro's picker: the first item's offset and the height of an item
const LINE = 34;

/** The picker field labelled `label` (exactly) on the page on screen, or within `scope`. */
export const pickerField = (page, label, scope = screen(page)) =>
  scope.locator('.picker-field', { has: page.locator('.field-label').getByText(label, { exact: true }) }).first();

/**
 * Opens the field labelled `label` and turns its columns to `targets` (one item text per
 * column, e.g. ['15', '00'] for a time, ['2026年', '12月'] for a month; null leaves a column),
 * then confirms. `keepOpen`: stops before 确定 (for a screenshot of the wheel); call the
 * returned `confirm` after.
 */
export async function pick(page, label, targets, { scope, keepOpen = false } = {}) {
  await pickerField(page, label, scope).locator('.picker-field__value').click();
  // The overlay itself has no size; its sheet is what shows.
  const sheet = page.locator('.weui-picker__overlay .weui-picker:visible');
  await sheet.waitFor();
  const groups = sheet.locator('taro-picker-group');
  for (let i = 0; i < targets.length; i++) {
    if (targets[i] === null || targets[i] === undefined) continue;
    await groups.nth(i).evaluate(
      async (g, { target, top, line }) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const items = [...g.querySelectorAll('.weui-picker__item')].map((e) => e.textContent.trim());
        // A time column repeats its ends around the real range (4 items each side): aim inside it.
        const first = g.mode === 'time' ? 4 : 0;
        const index = items.findIndex((t, k) => k >= first && t === target);
        if (index < 0) throw new Error(`the picker column has no "${target}" (it has ${items.slice(first, first + 12).join(' ')} …)`);
        const current = Math.round((top - g.height) / line);
        if (index === current) return;
        const dy = -(index - current) * line;
        await g.handleMoveStart(0);
        await g.handleMoving(dy);
        await frame();
        await g.handleMoveEnd(dy);
        await frame();
      },
      { target: targets[i], top: TOP, line: LINE },
    );
  }
  const confirm = async () => {
    await sheet.locator('.weui-picker__action').nth(1).click(); // 确定
    await page.locator('.weui-picker__overlay .weui-picker:visible').waitFor({ state: 'hidden' });
  };
  if (keepOpen) return { confirm };
  await confirm();
  return { confirm: async () => undefined };
}
