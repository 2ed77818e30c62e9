/** The "showcase" function: 办实事成果, public. */
import { listShowcase } from '../use-cases/showcase';
import { handlers } from './define';

export const showcaseHandlers = handlers('showcase', {
  list: (p, { ports }) => listShowcase(ports, p),
});
