/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.jpg';
declare module '*.svg';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** The platform Taro builds for. */
    TARO_ENV: 'weapp' | 'h5';
    /** WeChat cloud environment id (weapp). A placeholder in the repository. */
    TARO_APP_CLOUD_ENV?: string;
    /** Base URL of the local HTTP API (h5); '' means the same origin. */
    TARO_APP_API_BASE?: string;
  }
}
