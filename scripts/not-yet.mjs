// A root script whose feature has not landed yet: say so and fail, never pretend.
const [name, why] = process.argv.slice(2);
console.error(`userkit: '${name}' is not available yet. ${why ?? ''}`);
process.exit(1);
