/** 附议 in the "opinion" function (decision 0036): similar cases while writing, joining, leaving and following one. */
import { joinCase, leaveCase, mySeconded, secondedDetail, similarCases } from '../similar/second';
import type { HandlersOf } from './define';

export const secondHandlers: Pick<HandlersOf<'opinion'>, 'similar' | 'second' | 'unsecond' | 'seconded' | 'secondedDetail'> = {
  similar: (p, { actor, ports }) => similarCases(ports, actor, p),
  second: (p, { actor, ports }) => joinCase(ports, actor, p),
  unsecond: ({ id }, { actor, ports }) => leaveCase(ports, actor, id),
  seconded: (p, { actor, ports }) => mySeconded(ports, actor, p),
  secondedDetail: ({ id }, { actor, ports }) => secondedDetail(ports, actor, id),
};
