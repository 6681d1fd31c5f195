/**
 * Apollo Client prints its cache warnings in development mode only, which this global turns on:
 * import this module before '@apollo/client'.
 */
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
