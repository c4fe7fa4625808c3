// Lints code snippets as if they lived at given paths, with the repository's own ESLint
// configuration, in one process: stdin [{file, code}], stdout [[ruleId, …], …].
import { ESLint } from 'eslint';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const probes = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { file, code } of probes) {
  const [result] = await eslint.lintText(code, { filePath: file });
  results.push(result.messages.map((message) => message.ruleId));
}
process.stdout.write(JSON.stringify(results));
