/** Whether WeChat's own share sheet exists here (weapp: a share button; h5: none, the link is copied). */
export declare const nativeShare: boolean;
/** H5: copies the page's link for `path` (e.g. `/pages/station/index?scene=WYH01`); weapp: nothing to do. */
export declare function copyLinkTo(path: string): Promise<void>;
