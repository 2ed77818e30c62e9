/** Where the resident is, asked only after a tap and used only to sort stations (never stored). */
export declare function currentPosition(): Promise<{ latitude: number; longitude: number }>;
/** Whether a map picker exists here (weapp: chooseLocation; h5: no). */
export declare const canChoosePlace: boolean;
/** A place picked on the map, reduced to its name (no coordinates leave this function). */
export declare function choosePlaceName(): Promise<string | undefined>;
/** Staff set a station's position: weapp picks it on a map; h5 returns undefined (typed instead). */
export declare function chooseStationLocation(): Promise<{ latitude: number; longitude: number; address?: string } | undefined>;
/** Opens the station on a map for directions (weapp: the built-in map; h5: a web map in a new tab). */
export declare function openMap(place: { latitude: number; longitude: number; name: string; address: string }): void;
