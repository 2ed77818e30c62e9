/** Where the resident is, asked only after a tap and used only to sort stations (never stored). */
export declare function currentPosition(): Promise<{ latitude: number; longitude: number }>;
/** Whether a map picker exists here (weapp: chooseLocation; h5: no). */
export declare const canChoosePlace: boolean;
/** A place picked on the map, reduced to its name (no coordinates leave this function). */
export declare function choosePlaceName(): Promise<string | undefined>;
