/** The station code a deputy checks in with: scanned from the station's QR code (its scene). */
export declare function scanStationCode(): Promise<string | undefined>;
