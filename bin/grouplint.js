#!/usr/bin/env node
// The grouplint command: runs the bundled CLI (build it first with `npm run build`).
'use strict';
const path = require('path');
const fs = require('fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('grouplint: the CLI is not built yet; run `npm run build` (or `npm install`) first.\n');
  process.exit(2);
}
require(cli);
