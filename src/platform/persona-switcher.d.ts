/**
 * The demo persona switcher of the local H5 run (persona-switcher.h5.tsx); nothing on weapp,
 * where WeChat says who the user is.
 */
export declare function PersonaSwitcher(props: { onSwitched: () => void }): JSX.Element | null;
