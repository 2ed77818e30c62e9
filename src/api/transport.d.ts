// Resolved per platform by Taro: transport.weapp.ts (WeChat cloud) or transport.h5.ts (fetch).
import type { Transport } from './transport-types';

export declare const send: Transport;
