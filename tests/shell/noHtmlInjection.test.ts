/**
 * Document text must never reach the page as HTML: no source file of the add-in or the preview may use the DOM's
 * HTML-parsing sinks. (docx-preview builds its view with createElement and text nodes.) A comment may name them.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

const SINKS =
  /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML\s*\(|dangerouslySetInnerHTML|document\.write\s*\(|createContextualFragment\s*\(/u;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx|js|html)$/u.test(name) ? [full] : [];
  });
}

/** Code without comments, so that a comment explaining the rule does not trip it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:])\/\/.*$/gmu, '$1');
}

describe('no HTML sinks in the add-in', () => {
  const files = sources(path.resolve(__dirname, '../../src'));

  it('looks at the task pane, the preview and the shell', () => {
    expect(files.some((f) => f.includes(`${path.sep}taskpane${path.sep}`))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}preview${path.sep}`))).toBe(true);
  });

  it('no source file uses one', () => {
    const offenders = files.filter((file) => SINKS.test(code(readFileSync(file, 'utf8'))));
    expect(offenders).toEqual([]);
  });

  it('the pattern catches each sink', () => {
    for (const bad of [
      'el.innerHTML = t',
      'el.outerHTML += t',
      "el.insertAdjacentHTML('beforeend', t)",
      '<div dangerouslySetInnerHTML={{ __html: t }} />',
      'document.write(t)',
    ]) {
      expect(code(bad)).toMatch(SINKS);
    }
  });
});
