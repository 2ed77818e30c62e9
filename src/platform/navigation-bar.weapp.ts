// WeChat draws the navigation bar itself (app.config.ts `window`); nothing to do here.
export {};
