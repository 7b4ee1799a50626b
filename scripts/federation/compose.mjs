// Composes subgraph SDLs with Apollo's own composition library, as a federation router's tooling would.
// Usage: node compose.mjs OUT name=url=sdlFile ...   Exits 1, printing each error, when the subgraphs do not compose.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';

const [out, ...specs] = process.argv.slice(2);
const services = specs.map(spec => {
    const [name, url, file] = spec.split('=');
    return { name, url, typeDefs: parse(readFileSync(file, 'utf8')) };
});
const result = composeServices(services);
if (result.errors && result.errors.length > 0) {
    console.error(`composition failed: ${result.errors.length} error(s)`);
    for (const error of result.errors) {
        console.error(`  ${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
    }
    process.exit(1);
}
for (const hint of result.hints ?? []) {
    console.log(`  hint ${hint.definition?.code ?? ''}: ${hint.message}`);
}
writeFileSync(out, result.supergraphSdl);
console.log(`composed ${services.map(s => s.name).join(' + ')} into ${out}`);
