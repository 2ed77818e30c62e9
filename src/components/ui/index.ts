/** The app's WeUI-equivalent components (decision 0028); their classes are in src/app.css (ui-*). */
export { Badge } from './badge';
export { BottomBar } from './bottom-bar';
export { Cell, Cells, type CellProps } from './cells';
export { confirm, showSuccess } from './feedback';
export { Grid, GridItem } from './grid';
export { HalfScreenDialog } from './half-screen-dialog';
export { EntryIcon, type IconTone } from './icon';
export { ResultPage, type ResultAction, type ResultIcon } from './result-page';
export { useCoverTabBar } from './cover-tab-bar';
