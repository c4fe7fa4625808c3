/**
 * `node -r ./test/support/ts-require-hook.cjs app.ts`: runs the TypeScript sources as they
 * are, for tests that spawn a real process (a worker to SIGKILL). tsx cannot serve here:
 * esbuild drops decorator metadata, which Nest's constructor injection needs.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a require hook is CommonJS by nature */
/* global require, __dirname */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const root = path.resolve(__dirname, '../..');
const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  sourceMap: false,
};

// The tsconfig path aliases: @hazard/workflows and @hazard/<lib>.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  let target = request;
  if (request === '@hazard/workflows') target = path.join(root, 'workflows/src');
  else if (request.startsWith('@hazard/')) {
    target = path.join(root, 'libs', request.slice('@hazard/'.length), 'src');
  }
  return resolveFilename.call(this, target, ...rest);
};

Module._extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
