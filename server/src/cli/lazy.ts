// Loading the engine's heavy part only when needed. In the bundle (dist/cli.js) it lives in
// dist/worker.js; run from source, it is ./api.
import fs = require('fs');
import path = require('path');
import { createRequire } from 'module';
import type * as Api from './api';

export type EngineApi = typeof Api;

let api: EngineApi | undefined;

export function engine(): EngineApi {
  if (!api) {
    const bundled = path.join(__dirname, 'worker.js');
    const target = path.basename(__filename) === 'cli.js' && fs.existsSync(bundled) ? bundled : path.join(__dirname, 'api');
    api = createRequire(__filename)(target) as EngineApi;
  }
  return api;
}
