/** The "station" function: the stations as anyone sees them. */
import { nearestStations, publicStation, publicStationList } from '../stations/public-stations';
import { handlers } from './define';

export const stationHandlers = handlers('station', {
  /** A retired station still answers, with where to go instead; only submitting is refused. */
  get: ({ code }, { ports }) => publicStation(ports, code),
  list: (p, { ports }) => publicStationList(ports, p),
  /** The position is used to sort, then forgotten: it is neither stored nor logged. */
  nearest: ({ latitude, longitude }, { ports }) => nearestStations(ports, latitude, longitude),
});
