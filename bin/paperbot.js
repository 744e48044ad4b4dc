#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

if (existsSync('.env')) process.loadEnvFile('.env');
register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv);
