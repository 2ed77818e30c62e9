/** `县(市区)` or `县(市区)人大代表` → `县(市区)人大代表`: answers carry the level label either way. */
export const deputyTitle = (levelLabel: string): string =>
  levelLabel.endsWith('人大代表') ? levelLabel : `${levelLabel}人大代表`;
