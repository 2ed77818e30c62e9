/** The "showcase" function: 办实事成果, public. */
import { listShowcase } from '../campaigns/showcase';
import { handlers } from './define';

export const showcaseHandlers = handlers('showcase', {
  list: (p, { ports }) => listShowcase(ports, p),
});
