/** Prepares the platform's way to reach the functions (weapp: `Taro.cloud.init`; h5: nothing). */
export declare function initCloud(): void;
