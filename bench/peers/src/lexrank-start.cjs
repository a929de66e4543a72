// The start-up baseline of `pnpm bench`'s targets: a script a user would write around the npm
// `lexrank` package, summarizing a file to 3 sentences. `node lexrank-start.cjs FILE`
const { readFileSync } = require('node:fs');
const lexrank = require('lexrank');

lexrank.summarize(readFileSync(process.argv[2], 'utf8'), 3, (err, _lines, text) => {
  if (err) throw err;
  process.stdout.write(`${text}\n`);
});
