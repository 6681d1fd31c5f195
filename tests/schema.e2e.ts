import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { printSdl } from '../src/app/graphql/schema';

const committed = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');

describe('schema.graphql', () => {
  it('is what the code generates (run `npm run schema` after an API change)', async () => {
    expect(await printSdl()).toBe(committed);
  });

  it('documents every type, field, argument and enum value', () => {
    const schema = buildSchema(committed);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('names the API as the product contract does (docs/api.md)', () => {
    const schema = buildSchema(committed);
    const q = schema.getQueryType()!.getFields();
    for (const name of ['actor', 'actors', 'sources', 'transfers', 'recognitions']) expect(q[name]).toBeDefined();
    const actor = schema.getType('Actor') as any;
    for (const f of [
      'suppliesTo',
      'receivesFrom',
      'suppliers',
      'recipients',
      'recognizes',
      'recognizedBy',
      'parent',
      'children',
      'aliases',
    ]) {
      expect(actor.getFields()[f]).toBeDefined();
    }
    const filter = schema.getType('TransferFilter') as any;
    for (const f of [
      'supplier',
      'recipient',
      'actor',
      'category',
      'status',
      'from',
      'to',
      'verdict',
      'minIndependentVoices',
      'minReliability',
      'includeRetracted',
      'exactActor',
    ]) {
      expect(filter.getFields()[f]).toBeDefined();
    }
  });
});
