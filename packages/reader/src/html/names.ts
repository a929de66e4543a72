import type { DomElement } from './dom.js';

/**
 * What an element's attributes call it: class, id, and the test hooks and component names of JS
 * frameworks (`data-testid`, `data-component`...), camelCase split into words ("imageCaption" ->
 * "image-Caption"), without the tokens that only style or lay out a box. The furniture rules
 * (clean.ts) and the widget rules (embeds.ts) read names through this one function.
 */

/** Attributes whose values name what an element is, besides class and id (test hooks and components of JS frameworks). */
export const NAME_ATTRIBUTES = [
  'class',
  'id',
  'data-testid',
  'data-test-id',
  'data-test',
  'data-qa',
  'data-component',
  'data-module',
  'data-role',
  'component',
];
/** A selector of the elements that have a name. */
export const NAMED = NAME_ATTRIBUTES.map((a) => `[${a}]`).join(', ');

/**
 * A name token of a layout box around the page's content ("content-sidebar-wrap" of WordPress's
 * Genesis themes, "main-container"): it names the box, not furniture, whatever else it holds
 * ("sidebar" there dropped a whole recipe page).
 */
const LAYOUT_BOX = /^(?=.*(?:^|[_-])(?:content|main|primary)(?:$|[_-]))(?=.*(?:^|[_-])(?:wrap|wrapper|container|layout|inner|area)(?:$|[_-]))/i;
/**
 * A token that hides a box in print ("gem-print-columns-none" on GOV.UK's headline row,
 * "govuk-!-display-none-print", "d-print-none", "print:d-none"): styling, not a print link (its
 * "print" dropped a headline and its lead paragraph). A print-only box stays furniture.
 */
const PRINT_STYLE =
  /(?:^|[_-])print-(?:columns?|none|hidden|hide)(?:$|[_-])|(?:^|[_-])none-print$|^(?:d-print-none|hidden-print|hide-print|print:d-none|print:hidden)$/i;

/**
 * A page builder's text or heading widget (round 9, after batch 10's Elementor page: `elementor-widget
 * elementor-widget-text-editor`, `elementor-widget-heading`; SiteOrigin's `widget_text`): the
 * builder wraps every text block and heading of the page in a "widget", so there the word names a
 * box of the article's own text, not a sidebar widget (its heading and short paragraphs went as
 * short "widget" blocks).
 */
const TEXT_WIDGET = /(?:^|[_-])widget[-_](?:text(?:-editor)?|heading|editor|sow-editor|rich-?text)$/i;
/**
 * Elementor's content widgets (round 103, after batches 460, 464 and 465: `elementor-widget-icon-list` holding a species' housing
 * facts or a coworking space's amenities, `elementor-widget-accordion` a waste firm's FAQ, `elementor-widget-icon-box` its services):
 * a list, an accordion or a box of the page's own text, named "widget" as every block of the builder is. Without a link to go to (a
 * header's or footer's icon list of contact and policy links keeps the word); and an icon box only with a description of 80
 * characters or more (a firm's service: "Sealed 140-litre bins, cleaned after every lift. Food waste goes to anaerobic digestion."),
 * not a landing page's selling point ("Two aftercare visits" over one short line) or a helpline's "Free to call". (And the price list,
 * `elementor-widget-price-list`: a bakery's loaves with their prices; round 118, after batch 502, whose shorter lists went.)
 */
const CONTENT_WIDGET = /^elementor-widget-(?:icon-list|accordion|toggle|price-list|price-table)$/i;
const ICON_BOX = /^elementor-widget-icon-box$/i;
const DESCRIPTION_MIN_CHARS = 80;
/** An Elementor widget of the page's own text (CONTENT_WIDGET, ICON_BOX): no link to go to, and an icon box with a description. */
function isContentWidget(el: DomElement, tokens: readonly string[]): boolean {
  if (el.querySelectorAll('a[href]:not(.elementor-button)').length > 0) return false;
  if (tokens.some((t) => CONTENT_WIDGET.test(t))) return true;
  // (and a custom HTML widget that holds a table with a header row: a union's by-election results; round 127, after batch 521; or a
  // shortcode widget's, TablePress's price table of a repair shop; round 132, after batch 530)
  if (tokens.some((t) => /^elementor-widget-(?:html|shortcode)$/.test(t)) && el.querySelectorAll('table th, table thead').length > 0) return true;
  const described = Array.from(el.querySelectorAll('p')).some((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim().length >= DESCRIPTION_MIN_CHARS);
  return tokens.some((t) => ICON_BOX.test(t)) && described;
}
/**
 * HubSpot's CMS names every module and every layout cell a "widget" (`hs_cos_wrapper_widget`, `widget-span widget-type-cell`,
 * `widget-type-rich_text`; round 107, after batch 482, where a food bank's "Looking ahead" section went as a short widget): a rich-text
 * module, or a cell around rich-text modules only, that holds a paragraph of prose is a block of the page's own text. A form, a
 * call to action or a custom module inside keeps the word, and so does a rich-text module of short lines ("Get a quote").
 */
const HUBSPOT_WIDGET = /^(?:hs_cos_wrapper_widget|widget-span|widget-type-[\w-]+|hs_cos_wrapper_type_[\w-]+)$/i;
const HUBSPOT_TYPED = '[class*="hs_cos_wrapper_type_"], [class*="widget-type-"]';
// (a drag-and-drop page's `widget-type-custom_widget` around a module typed `widget-type-rich_text` too: a watersports centre's
// team-day sections; round 135, after batch 547)
const HUBSPOT_TEXT_TYPE = /^(?:hs_cos_wrapper_type_(?:module|rich_text)|widget-type-(?:cell|rich_text|custom_widget))$/i;
const PROSE_END = /[.!?]["”’)]?$/;
/** A HubSpot module or cell of rich text with a paragraph of prose (HUBSPOT_WIDGET). */
function isHubSpotText(el: DomElement, tokens: readonly string[]): boolean {
  if (!tokens.some((t) => HUBSPOT_WIDGET.test(t))) return false;
  const typed = [el, ...Array.from(el.querySelectorAll(HUBSPOT_TYPED))].flatMap((m) =>
    (m.getAttribute('class') ?? '').split(/\s+/).filter((c) => /^(?:hs_cos_wrapper_type_|widget-type-)/i.test(c)),
  );
  if (!typed.some((c) => /rich_text$/i.test(c)) || !typed.every((c) => HUBSPOT_TEXT_TYPE.test(c))) return false;
  return Array.from(el.querySelectorAll('p')).some((p) => {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text.length >= DESCRIPTION_MIN_CHARS && PROSE_END.test(text);
  });
}
/**
 * WordPress's post classes (`post_class()`: `gd_place type-gd_place status-publish` on each listing of GeoDirectory's directory; round
 * 108, after batch 479, where "place" dropped every florist of a wedding directory): the post's type, not the box's role. With a
 * `status-*` token beside it, `type-X` and the bare `X` name what kind of post the box holds.
 */
const POST_STATUS = /^status-(?:publish|private|draft|future|pending|inherit)$/;
/** The tokens naming a post's type in WordPress's post classes (POST_STATUS), to leave out. */
function postTypeTokens(tokens: readonly string[]): Set<string> {
  if (!tokens.some((t) => POST_STATUS.test(t))) return new Set();
  const types = tokens.filter((t) => t.startsWith('type-') && t.length > 5).map((t) => t.slice(5));
  return new Set(types.flatMap((type) => [type, `type-${type}`]));
}
/**
 * A layout modifier saying the box has a sidebar beside it, or none ("p-body-main--withSidebar" around XenForo's whole thread,
 * "layout--has-sidebar", "no-sidebar"; round 57, after batch 164): the box of the page's content, not a sidebar.
 */
const WITH_SIDEBAR = /(?:^|[_-])(?:with|has|no|without)[_-]+(?:(?:left|right)[_-]+)?sidebar(?:$|[_-])/i;
/**
 * A layout named after the sidebar it sets beside the content (Drupal Olivero's `sidebar-grid` around `<main>` and the sidebar;
 * Logseq's `cp__sidebar-main-content`, the page beside its sidebar; round 96, after batches 407 and 409, where "sidebar" dropped
 * the whole text): the grid or the content, not the sidebar.
 */
const SIDEBAR_LAYOUT = /(?:^|[_-])sidebar[_-]+(?:grid|layout|main[_-]+content)(?:$|[_-])/i;
/**
 * A section that a table of contents points to (PLOS's `toc-section` around every section of a paper; round 60, after batch 183, where
 * "toc" dropped all but the title): a target of the contents, not the contents.
 */
const TOC_TARGET = /^toc[_-](?:section|target|anchor|heading)$/i;
/** The box inside a widget ("elementor-widget-container"): layout; the widget around it says what it is. */
const WIDGET_BOX = /(?:^|[_-])widget[-_](?:container|wrap|wrapper|inner)$/i;
/**
 * A collaborative editor's author colour (Etherpad's and Hackpad's, so Dropbox Paper's, `<span class="author-a-z8zf3...">` on every
 * run of text a writer typed; round 84, after batch 303, where "author" dropped a whole shared doc but its headings): who typed the
 * words, shown as a colour, not an author's byline. clearStylingClasses clears it before Readability reads the page.
 */
export const EDITOR_AUTHOR = /^author-[a-z]-[0-9a-z]{8,}$/i;
/**
 * A modifier saying the box holds its comments too (LinkedIn's public post, `main-feed-activity-card-with-comments` around the post's
 * text; round 87, after batch 319, where "comments" dropped the post): what the box holds beside its own content, as WITH_SIDEBAR.
 * clearStylingClasses clears it before Readability reads the page.
 */
export const WITH_COMMENTS = /[_-](?:with|has)[_-]+comments?$/i;
/** The page's main column named as a rail (LinkedIn's `core-rail` around every public post and article; round 87, after batch 319). */
const MAIN_RAIL = /(?:^|[_:-])(?:core|main|primary|center|centre)-rail(?:$|[_-])/i;
/** Tokens that name a box's layout, styling or place, not what it is. */
/**
 * Khoros (Lithium) names every message body for its signature-highlighting component (`lia-message-body
 * lia-component-message-view-widget-body lia-component-body-signature-highlight-escalation`; round 106, after batch 476): a feature
 * of the platform, not the poster's signature (which Khoros sets in its own `lia-message-signature`).
 */
const SIGNATURE_HIGHLIGHT = /signature-highlight/i;
/**
 * Drupal's field type modifier (`field--type-entity-reference-revisions` on a page's Paragraphs field, `field--type-text-long`; round
 * 154, after batch 613's advice page, where "reference" dropped all but its title: recall 7 %): the kind of data the field stores, not
 * what the box is. The field's name (`field--name-field-related`) still says that.
 */
const FIELD_TYPE = /^field--type-/i;
const LAYOUT_TOKENS: readonly RegExp[] = [
  LAYOUT_BOX,
  PRINT_STYLE,
  WIDGET_BOX,
  WITH_SIDEBAR,
  SIDEBAR_LAYOUT,
  TOC_TARGET,
  EDITOR_AUTHOR,
  WITH_COMMENTS,
  MAIN_RAIL,
  SIGNATURE_HIGHLIGHT,
  FIELD_TYPE,
];

/**
 * An id made from the box's own heading, for links to it (round 12, after batch 13's terms of
 * service: `<section id="changes-and-contact"><h2>6. Changes and contact</h2>`): Jekyll, Hugo,
 * GitHub, Sphinx, WordPress's table-of-contents plugins and hand-written legal pages derive a
 * section's anchor from its title, so the id holds the author's words ("contact" there dropped a
 * clause section as a contact box), not the template's name for the box. Two words or more: a
 * one-word id ("comments" over "Comments") still names the box.
 */
function isHeadingSlug(id: string, el: DomElement): boolean {
  const first = el.firstElementChild;
  if (!/[-_]/.test(id) || first === null || !/^H[1-6]$/.test(first.tagName)) return false;
  const slug = (t: string): string =>
    t
      .toLowerCase()
      .replace(/^[\d.\s]+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '');
  return slug(id) === slug(first.textContent ?? '');
}

/**
 * The element's name tokens, space-separated, layout-box and print-styling tokens (and a text
 * widget's "widget" words, an id made from its heading) left out. Docutils and Sphinx class every
 * link "reference internal" or "reference external" (round 12, after batch 13's Python docs page):
 * there "reference" is a link's kind, not a references list (it dropped every cross-reference
 * from the sentences of Sphinx pages: "Use fetch() to read ..." read "Use to read ...").
 */
/** A camelCase name's word boundary ("feedCommentBody" reads "feed-Comment-Body"): one rule for every reader of names. */
export const CAMEL_WORD = /([a-z])([A-Z])/g;

export function elementNames(el: DomElement): string {
  const id = el.getAttribute('id') ?? '';
  const tokens = NAME_ATTRIBUTES.map((a) => (a === 'id' && id !== '' && isHeadingSlug(id, el) ? '' : (el.getAttribute(a) ?? '')))
    // (NodeBB names its parts as paths, `component="post/signature"`: a path's steps are words; round 43, after batch 69)
    .map((value, i) => (NAME_ATTRIBUTES[i] === 'component' ? value.replace(/\//g, '-') : value))
    .join(' ')
    .replace(CAMEL_WORD, '$1-$2')
    .split(/\s+/)
    .filter((token) => token !== '' && !LAYOUT_TOKENS.some((re) => re.test(token)));
  const textWidget = tokens.some((t) => TEXT_WIDGET.test(t)) || isContentWidget(el, tokens) || isHubSpotText(el, tokens);
  const docutilsLink = el.tagName === 'A' && tokens.some((t) => /^(?:internal|external)$/.test(t));
  const postType = postTypeTokens(tokens);
  return tokens.filter((t) => !(textWidget && /widget/i.test(t)) && !(docutilsLink && t === 'reference') && !postType.has(t)).join(' ');
}

/** Class words that any two boxes may share without being of one kind (layout, state, parity). */
export const GENERIC_CLASS = new RegExp(
  '^(?:clearfix|row|col|container|wrapper|inner|box|card|media|item|entry-?\\w*|even|odd|first|last|active|collapsed|noncollapsed|' +
    'expanded|visible|hidden)$|^(?:js|is|has|h|u)-',
  'i',
);
