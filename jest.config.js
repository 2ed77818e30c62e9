/** Test levels: pure domain (unit), handlers over the local adapters, HTTP against the local run, pages as components. */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }];
const node = (name, dir) => ({
  displayName: name,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/test/${dir}/**/*.test.ts`],
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: { '^@core/(.*)$': '<rootDir>/core/$1' },
});

/** Pages rendered in jsdom with small stand-ins for Taro; platform files resolve to their H5 side. */
const components = {
  displayName: 'components',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/test/components/**/*.test.ts?(x)'],
  transform: { '^.+\\.tsx?$': tsJest },
  resolver: '<rootDir>/test/components/platform-resolver.js',
  setupFiles: ['<rootDir>/test/components/setup.ts'],
  moduleNameMapper: {
    '^@core/(.*)$': '<rootDir>/core/$1',
    '^@tarojs/taro$': '<rootDir>/test/components/stubs/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/components/stubs/components.tsx',
    '\\.css$': '<rootDir>/test/components/stubs/style.js',
  },
};

module.exports = {
  projects: [node('unit', 'unit'), node('handlers', 'handlers'), node('http', 'http'), components],
};
