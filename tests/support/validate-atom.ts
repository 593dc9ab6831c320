import { readFile } from 'node:fs/promises';
import { validateXML } from 'xmllint-wasm';

/**
 * RELAX NG (XML syntax) form of the schema in RFC 4287 Appendix B,
 * converted from the RFC's compact syntax with trang. The Schematron
 * s:rule annotations are kept but not enforced by libxml2.
 */
const schemaUrl = new URL('./atom.rng', import.meta.url);

let schemaText: Promise<string> | undefined;

function loadSchema(): Promise<string> {
  schemaText ??= readFile(schemaUrl, 'utf8');
  return schemaText;
}

/**
 * Validates an Atom 1.0 document against the RFC 4287 RELAX NG schema
 * using libxml2 compiled to WebAssembly (no native tools needed).
 */
export async function validateAtom(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const schema = await loadSchema();
  const result = await validateXML({
    xml: { fileName: 'document.xml', contents: xml },
    schema: { fileName: 'atom.rng', contents: schema },
    extension: 'relaxng',
  });
  return {
    valid: result.valid,
    errors: result.errors.map((e) =>
      e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message,
    ),
  };
}
