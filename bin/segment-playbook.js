#!/usr/bin/env node
// Entry point for `npx segment-playbook`. Plain JavaScript so that an older Node gets a clear
// message here instead of a syntax error from the TypeScript sources it cannot strip.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `segment-playbook: needs Node 22.18 or later (found ${process.versions.node}); run it with npx, which uses the project's Node.\n`,
  );
  process.exitCode = 2;
} else {
  // Cache compiled (and type-stripped) modules on disk: a cold start then skips most parsing.
  const { enableCompileCache } = await import('node:module');
  enableCompileCache?.();
  const { main } = await import('../src/cli/main.ts');
  await main();
}
