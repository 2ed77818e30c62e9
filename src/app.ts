import './platform/global-this';
import type { PropsWithChildren } from 'react';
import { initCloud } from './platform/cloud-init';
import './app.css';

initCloud();

// Pages render themselves; the app only prepares the platform.
function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
