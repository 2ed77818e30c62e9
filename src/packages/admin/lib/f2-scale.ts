/**
 * F2 sizes its text and lines in px of a 750-wide design, scaled by the page's root font
 * size — which Taro H5 sets for its own rem units (≈ 21 px on a phone), shrinking chart text
 * to 4 px. Both platforms use one fixed scale instead: 20 design px → 12 px on screen.
 */
export const px2hd = (px: number): number => Number((px * 0.6).toFixed(1));
