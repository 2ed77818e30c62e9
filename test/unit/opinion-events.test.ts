/** Every action an opinion's timeline records has a Chinese label (review bug 3: raw codes leaked). */
import { ACTION_LABELS, OPINION_ACTIONS } from '../../core/opinion-events';

test.each(OPINION_ACTIONS)('%s reads in Chinese, not as its code', (action) => {
  const label = ACTION_LABELS[action];
  expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
  expect(label).not.toBe(action);
});

test('the labels are exactly the listed actions', () => {
  expect(Object.keys(ACTION_LABELS).sort()).toEqual([...OPINION_ACTIONS].sort());
  expect(new Set(OPINION_ACTIONS).size).toBe(OPINION_ACTIONS.length);
});
