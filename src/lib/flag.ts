/**
 * A boolean attribute for Taro components that is absent when off. H5 components are web
 * components styled with `[disabled]`: `disabled={false}` still sets the attribute and the
 * button looks disabled.
 */
export const flag = (on: boolean): true | undefined => (on ? true : undefined);
