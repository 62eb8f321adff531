#!/usr/bin/env node
// The `mlops` command: the bundled CLI, which runs the same domain code as the GitHub actions.
import '../dist/cli/index.js';
