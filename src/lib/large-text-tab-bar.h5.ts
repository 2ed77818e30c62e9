/** H5: Taro's own tab bar follows large text through this stylesheet (see large-text-tab-bar.ts). */
import '../styles/tab-bar.css';
