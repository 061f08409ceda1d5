/**
 * The architecture's import arrows as a lint rule (docs/ARCHITECTURE.md): taskpane → word → engine;
 * cli, preview → word, simulator → engine. Each folder of src/ names the folders it may import from; the engine
 * imports nothing of the others and no package or Node module. Only src/word and src/office touch Office.js's
 * `Word` and `Office` globals (also as `globalThis.Office` / `window.Word`).
 */
import path from 'node:path';

/** Folder of src/ → the folders of src/ its files may import from (its own always). */
export const ALLOWED = {
  engine: [],
  word: ['engine'],
  simulator: ['word', 'engine'],
  cli: ['word', 'simulator', 'engine'],
  taskpane: ['word', 'engine'],
  // The add-in's host reads language versions from disk through the simulator (taskpane's OpenDocument).
  office: ['taskpane', 'word', 'simulator', 'engine'],
  shell: ['word', 'engine'],
  preview: ['taskpane', 'word', 'simulator', 'engine'],
};

/** What the simulator may take from the engine: pure helpers only, never the parser, model or checks. */
const SIMULATOR_ENGINE = /^engine\/text\//;
const OFFICE_GLOBALS = new Set(['Word', 'Office']);
const MAY_TOUCH_OFFICE = new Set(['word', 'office']);

function srcFolder(file) {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('src');
  return at >= 0 && at < parts.length - 2 ? { folder: parts[at + 1], rest: parts.slice(at + 1).join('/') } : null;
}

function check(context, node, source) {
  const here = srcFolder(context.filename);
  if (!here || typeof source !== 'string') return;
  if (!source.startsWith('.')) {
    if (here.folder === 'engine') {
      context.report({ node, messageId: 'package', data: { source } });
    }
    return;
  }
  const target = srcFolder(path.resolve(path.dirname(context.filename), source) + path.sep + 'x');
  if (!target || target.folder === here.folder) return;
  const allowed = ALLOWED[here.folder];
  if (allowed && !allowed.includes(target.folder)) {
    context.report({ node, messageId: 'folder', data: { from: here.folder, to: target.folder } });
  } else if (here.folder === 'simulator' && target.folder === 'engine' && !SIMULATOR_ENGINE.test(target.rest)) {
    context.report({ node, messageId: 'simulatorEngine', data: { source } });
  }
}

const importBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import arrows point inward: taskpane → word → engine; the engine imports nothing else' },
    schema: [],
    messages: {
      folder: 'src/{{from}} must not import from src/{{to}} (docs/ARCHITECTURE.md: import arrows point inward).',
      package: 'The engine is pure: it imports no package or Node module ("{{source}}").',
      simulatorEngine: 'The simulator uses only the engine\'s pure text helpers (src/engine/text), not "{{source}}".',
    },
  },
  create(context) {
    const source = (node) => check(context, node, node.source?.value);
    return {
      ImportDeclaration: source,
      ExportNamedDeclaration: (node) => node.source && source(node),
      ExportAllDeclaration: source,
      ImportExpression: (node) => node.source.type === 'Literal' && check(context, node, node.source.value),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(context, node, node.moduleReference.expression.value),
      CallExpression: (node) => {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        ) {
          check(context, node, node.arguments[0].value);
        }
      },
    };
  },
};

const officeGlobals = {
  meta: {
    type: 'problem',
    docs: { description: 'Only src/word and src/office touch Office.js (the Word and Office globals)' },
    schema: [],
    messages: { global: 'Only src/word and src/office may use Office.js\'s "{{name}}" global.' },
  },
  create(context) {
    const here = srcFolder(context.filename);
    if (!here || MAY_TOUCH_OFFICE.has(here.folder)) return {};
    return {
      Program(program) {
        const scope = context.sourceCode.getScope(program);
        const globalScope = scope.type === 'global' ? scope : (scope.upper ?? scope);
        for (const ref of globalScope.through) {
          if (OFFICE_GLOBALS.has(ref.identifier.name)) {
            context.report({ node: ref.identifier, messageId: 'global', data: { name: ref.identifier.name } });
          }
        }
      },
      MemberExpression(node) {
        let object = node.object;
        while (
          object.type === 'TSAsExpression' ||
          object.type === 'TSNonNullExpression' ||
          object.type === 'TSSatisfiesExpression'
        ) {
          object = object.expression;
        }
        const name = node.computed ? node.property.value : node.property.name;
        if (
          object.type === 'Identifier' &&
          ['globalThis', 'window', 'self'].includes(object.name) &&
          OFFICE_GLOBALS.has(name)
        ) {
          context.report({ node, messageId: 'global', data: { name } });
        }
      },
    };
  },
};

export default { rules: { 'import-boundaries': importBoundaries, 'office-globals': officeGlobals } };
