#!/usr/bin/env node
// The `boussole` command: the CLI built by `npm run build` (run by `npm ci` through `prepare`).
require("../dist/node/cli.js").main();
