import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

const root = path.resolve(__dirname, '..');

/** One app, two targets: the WeChat mini-program (weapp) and the local H5 run (h5). */
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'daibiao-lianluozhan',
    date: '2026-11-25',
    // 375 so that CSS px are device px on a 375-wide phone (44px tap targets stay 44px).
    designWidth: 375,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    alias: {
      '@core': path.resolve(root, 'core'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // The shared contract lives outside src/, and zod ships ES2020 (?., ??, classes):
      // compile both to the same targets as our own code.
      compile: { include: [path.resolve(root, 'core'), (file: string) => /node_modules[\\/]zod[\\/]/.test(file)] },
      // A module only subpackages use goes into them (sub-common), not into the main package's
      // common.js: Taro's default, stated because the main package's budget (500 KB) rests on it.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [path.resolve(root, 'core')] },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      devServer: {
        port: 10086,
        // The local API (server/local) answers /api on its own port.
        proxy: [{ context: ['/api'], target: `http://127.0.0.1:${process.env.PORT ?? 8787}` }],
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
