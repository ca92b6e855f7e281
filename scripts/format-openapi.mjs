// Re-writes the generated OpenAPI document with stable formatting, so contract changes read well in diffs.
import { readFileSync, writeFileSync } from 'node:fs';
const file = new URL('../openapi/openapi.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), null, 2)}\n`);
