/**
 * Writes a DOM tree built by the app (React rendering into a detached element) out as HTML text, for files
 * such as the downloaded report. It writes, never parses: every text node and attribute value is escaped, so
 * text a user typed or a file brought in ("<script>", `"><img onerror=…>`) stays text when the file is opened.
 * Elements whose content a browser would not unescape (script, style and the other raw-text elements) are
 * refused rather than written, as are names that could not have come from the DOM API.
 */

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements with no end tag in HTML. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Elements whose text is not read as markup, so escaping would change it, or that hold script or content elsewhere. */
const REFUSED = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'template', 'xmp', 'object']);

const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:.-]*$/;

/** A carriage return as a reference too: a parser would turn a literal one into a line feed. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

/** Text safe to place in element content or a double-quoted attribute, read back exactly as it was. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (char) => ENTITIES[char] ?? char);
}

/** A link that would run script when followed (React writes its own blocked form of these). */
function isScriptUrl({ name, value }: Attr): boolean {
  return /(?:^|:)(?:href|src|action|formaction)$/i.test(name) && /^javascript:/i.test(value.replace(/[\t\n\r ]/g, '').replace(/^[^\w]+/, ''));
}

function serializeElement(element: Element): string {
  const name = element.localName;
  const isHtml = element.namespaceURI === HTML_NS;
  if (!NAME.test(name) || (isHtml && REFUSED.has(name)) || name === 'script') {
    throw new Error(`The <${name}> element cannot be written into a file of text.`);
  }
  let attributes = '';
  for (const attribute of element.attributes) {
    if (!ATTRIBUTE_NAME.test(attribute.name) || /^on/i.test(attribute.name) || isScriptUrl(attribute)) {
      throw new Error(`The attribute ${attribute.name} cannot be written into a file of text.`);
    }
    attributes += ` ${attribute.name}="${escapeHtml(attribute.value)}"`;
  }
  if (isHtml && VOID.has(name)) return `<${name}${attributes}>`;
  return `<${name}${attributes}>${serializeChildren(element)}</${name}>`;
}

function serializeNode(node: Node): string {
  if (node instanceof Element) return serializeElement(node);
  if (node instanceof Text) return escapeHtml(node.data);
  // Comments and processing instructions carry nothing a reader sees.
  return '';
}

/** The HTML of a node's children, as an HTML parser would rebuild them. */
export function serializeChildren(parent: Node): string {
  let html = '';
  for (const child of parent.childNodes) html += serializeNode(child);
  return html;
}
