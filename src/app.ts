import './platform/global-this';
import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { initCloud } from './platform/cloud-init';
import './app.css';
import './platform/navigation-bar';

// Pages render themselves; the app only prepares the platform, once, at launch.
function App({ children }: PropsWithChildren) {
  useLaunch(() => initCloud());
  return children;
}

export default App;
