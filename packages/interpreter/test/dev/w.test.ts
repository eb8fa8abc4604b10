import { test } from 'vitest';
import { startRunner } from '../conformance/harness.ts';
test('w', async () => {
  const r = await startRunner();
  console.log('started');
  const res = await r.run([{ path: './a.go', source: 'package main\nimport "fmt"\nfunc main() { fmt.Println("hi") }\n' }], {});
  console.log(res);
  await r.close();
}, 20000);
