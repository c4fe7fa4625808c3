/** Unit, integration (contract) and end-to-end specs share one config; names say which is which. */
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '\\.(unit|int|e2e)\\.spec\\.ts$',
  transform: {
    '^.+\\.ts$': 'ts-jest',
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    // The console's name for the one part of the server it bundles.
    '^@hazard/domain/vocabulary$': '<rootDir>/libs/domain/src/vocabulary',
    '^@hazard/workflows$': '<rootDir>/workflows/src',
    '^@hazard/testing/(.*)$': '<rootDir>/test/support/$1',
    '^@hazard/(.*)$': '<rootDir>/libs/$1/src',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testTimeout: 60000,
  // Quiet by default: see the file.
  setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
  // The browser specs drive the built console: built here once when missing or stale.
  globalSetup: '<rootDir>/test/support/console-build.global-setup.ts',
  reporters: ['default', '<rootDir>/test/support/closing-line-reporter.cjs'],
};
