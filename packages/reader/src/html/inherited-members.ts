import { isElement, squash, type DomDocument, type DomElement } from './dom.js';
import { removeSection } from './notes.js';

/**
 * The generated parts of an API reference page (round 41, after batch 57's reference pages): the members a type inherits, listed
 * with the base type's one-line blurbs (Android's and Javadoc's "Inherited methods" / "Methods declared in class Object",
 * rustdoc's "Trait Implementations", "Auto Trait Implementations" and "Blanket Implementations"), the rows of a member table
 * marked "(Inherited from Object)" (Microsoft Learn), and Microsoft Learn's "Applies to" version matrix. The page's own
 * members stay.
 */
const GENERATED_HEADING = new RegExp(
  String.raw`^(?:inherited (?:constants|methods|fields|members|properties|attributes|functions|events|operators|classes)` +
    String.raw`|(?:methods|fields|properties|members|constants) (?:inherited|declared) (?:from|in) (?:the )?(?:class|interface|trait|type) \S+` +
    String.raw`|(?:trait|auto trait|blanket) implementations|applies to)$`,
  'i',
);
/** A member table's row for an inherited member: its description ends "(Inherited from Object)". */
const INHERITED_ROW = /\(inherited from [^()]{1,80}\)$/i;
/** A heading's anchor link after its text ("Trait Implementations§", "Inherited methods¶"). */
const ANCHOR_MARK = /\s*[§¶#]+$/;
/** How far up from a heading set in a table's header cell its table may be. */
const TABLE_REACH = 3;

/** Removes the inherited and generated member sections and rows of `doc` in place. */
export function removeInheritedMembers(doc: DomDocument): void {
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    if (h.parentNode === null || !GENERATED_HEADING.test(headingText(h))) continue;
    const table = enclosingTable(h);
    if (table !== undefined) table.remove();
    else removeSection(h);
  }
  for (const row of Array.from(doc.querySelectorAll('tr'))) if (INHERITED_ROW.test(squash(row.textContent))) row.remove();
}

/** The table whose header cell holds `h` (Android's `<table class="inhtable"><tr><th><h3>Inherited methods</h3>`). */
function enclosingTable(h: DomElement): DomElement | undefined {
  let node = h.parentNode;
  for (let up = 0; up < TABLE_REACH && node !== null && isElement(node); up++, node = node.parentNode) {
    if (node.tagName === 'TH' || node.tagName === 'TD') {
      for (let t = node.parentNode; t !== null && isElement(t); t = t.parentNode) if (t.tagName === 'TABLE') return t;
    }
  }
  return undefined;
}

/** A heading's text without the anchor mark after it ("Trait Implementations§" reads "Trait Implementations"). */
export const headingText = (h: DomElement): string => squash(h.textContent).replace(ANCHOR_MARK, '');
