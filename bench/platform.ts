/**
 * Baseline HTTP figures for the platform and the foundation's read paths:
 * health, public config, nearest gazetteer place, shops near a point.
 * Run: npm run bench -- platform   (BENCH_SECONDS=N to change the duration per scenario)
 */
import { seedAll } from '../src/cli/commands/core.ts';
import { measureHttp, printTable, startBenchServer } from './lib.ts';

const server = await startBenchServer();
try {
  await seedAll(server.ctx);
  const rows = [];
  for (const scenario of [
    { name: 'GET /health', path: '/health' },
    { name: 'GET /api/v1/config', path: '/api/v1/config' },
    { name: 'GET /geo/nearest (Dhanmondi)', path: '/api/v1/geo/nearest?lat=23.7465&lng=90.3760' },
    {
      name: 'GET /shops/nearby 5 km',
      path: '/api/v1/shops/nearby?lat=23.78&lng=90.41&radius=5000',
    },
  ]) {
    rows.push(await measureHttp(server.url, scenario));
  }
  printTable('Platform and foundation read paths (32 connections)', rows);
} finally {
  await server.close();
}
