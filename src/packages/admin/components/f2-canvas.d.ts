/** One @antv/f2 chart element drawn on a canvas: `<canvas type="2d">` in WeChat, a DOM canvas in H5. */
export declare function F2Canvas(props: { id: string; height: number; element: unknown; label: string }): JSX.Element;
