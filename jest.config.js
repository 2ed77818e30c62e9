/** Test levels: pure domain (unit), handlers over the local adapters, HTTP against the local run, pages as components. */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }];
const node = (name, dir) => ({
  displayName: name,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/test/${dir}/**/*.test.ts`],
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: { '^@core/(.*)$': '<rootDir>/core/$1' },
});

module.exports = {
  projects: [node('unit', 'unit'), node('handlers', 'handlers'), node('http', 'http')],
};
