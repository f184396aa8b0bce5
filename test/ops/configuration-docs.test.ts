import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from 'node:util';
import { configKeys, loadConfig } from '../../src/platform/config.ts';

/** Every variable the code reads is in the config schema, the README's table and .env.example. */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|js)$/.test(name) && !name.endsWith('.test.ts') ? [file] : [];
  });
}

/** `process.env.X` reads (not assignments such as the OpenTelemetry SDK's own defaults). */
function variablesRead(): Set<string> {
  const names = new Set<string>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('bin')]) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /process\.env\.([A-Z][A-Z0-9_]*)(\s*(\|\|=|\?\?=|=(?!=)))?/g,
    )) {
      if (!match[2]) names.add(match[1]!);
    }
  }
  return names;
}

function readmeVariables(): Set<string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const table = section.slice(0, section.indexOf('\n## ', 5));
  const names = new Set<string>();
  for (const line of table.split('\n')) {
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(/`([A-Z][A-Z0-9_]*)`/g)) names.add(m[1]!);
  }
  return names;
}

function envExampleVariables(): Set<string> {
  const names = new Set<string>();
  for (const line of readFileSync('.env.example', 'utf8').split('\n')) {
    const m = /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line);
    if (m) names.add(m[1]!);
  }
  return names;
}

describe('configuration documentation', () => {
  it('every variable the code reads is in the config schema', () => {
    const unknown = [...variablesRead()].filter((name) => !configKeys.includes(name));
    expect(unknown).toEqual([]);
  });

  it('every variable of the config schema is in the README table and in .env.example', () => {
    const readme = readmeVariables();
    const example = envExampleVariables();
    expect(configKeys.filter((k) => !readme.has(k))).toEqual([]);
    expect(configKeys.filter((k) => !example.has(k))).toEqual([]);
    // And nothing is documented that the code does not read.
    expect([...readme].filter((k) => !configKeys.includes(k))).toEqual([]);
    expect([...example].filter((k) => !configKeys.includes(k))).toEqual([]);
  });

  it('a copy of .env.example is a valid development configuration', () => {
    const env = parseEnv(readFileSync('.env.example', 'utf8'));
    expect(loadConfig(env).NODE_ENV).toBe('development');
  });
});
