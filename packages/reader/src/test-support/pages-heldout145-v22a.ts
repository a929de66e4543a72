import { mwItems } from './pages-heldout145-kit.js';

/**
 * Held-out batch 145, the pieces of the Vector 2022 page in pages-heldout145-v22.ts (its options, the pinnable
 * headers, portlets, appearance panel, tabs and table of contents, and the list of the skin's visible chrome texts).
 *
 * The Vector 2022 skin of a Wikimedia wiki as a logged-out reader saves the page after its scripts
 * ran (jump link, header with the main-menu dropdown, logo, search, the appearance/donate/account links and the personal
 * tools dropdown, the pinned table of contents, the title bar with the languages button, the namespace and view tabs, the
 * pinned tools and appearance panels, the "From ..." line, categories, the footer and the hidden sticky header that
 * repeats the title). Used by the Wikiquote, Wikisource and Wikipedia pages.
 */
export interface V22Page {
  site: string;
  host: string;
  docTitle: string;
  /** The page name with underscores. */
  page: string;
  /** Inner HTML of the h1. */
  titleHtml: string;
  head: string;
  bodyClass: string;
  menu: readonly (readonly [string, readonly string[]])[];
  tabs: readonly [string, string];
  /** Table-of-contents entries: [anchor, text, level, number]. */
  toc: readonly (readonly [string, string, 1 | 2, string])[];
  langs: readonly string[];
  general: readonly string[];
  print: readonly string[];
  other: readonly string[];
  indicators: string;
  subtitle: string;
  content: string;
  cats: readonly string[];
  hiddenCats: readonly string[];
  edited: string;
  trademark: boolean;
  places: readonly string[];
}

export const V22_APPEARANCE = [
  'Text',
  'Small',
  'Standard',
  'Large',
  'This page always uses small font size',
  'Width',
  'Wide',
  'The content is as wide as possible for your browser window.',
  'Color (beta)',
  'Automatic',
  'Light',
  'Dark',
  'This page is always in light mode.',
];

export const radio = (group: string, items: readonly string[]): string =>
  items
    .map(
      (t, i) => `<li class="mw-list-item"><div class="cdx-radio cdx-radio--inline"><div class="cdx-radio__wrapper">
<input type="radio" id="skin-client-pref-${group}-value-${i}" name="skin-client-pref-${group}-group" class="cdx-radio__input"${i === 0 ? ' checked' : ''}>
<span class="cdx-radio__icon"></span><div class="cdx-label cdx-radio__label"><label for="skin-client-pref-${group}-value-${i}"
class="cdx-label__label"><span class="cdx-label__label__text">${t}</span></label></div></div></div></li>`,
    )
    .join('\n');

export const pin = (
  label: string,
  id: string,
  tag = 'div',
): string => `<div class="vector-pinnable-header vector-${id}-pinnable-header vector-pinnable-header-pinned"
data-feature-name="${id}-pinned" data-pinnable-element-id="vector-${id}"><${tag} class="vector-pinnable-header-label">${label}</${tag}>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-${id}.pin">move to
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-${id}.unpin">hide</button></div>`;

export const portlet = (id: string, heading: string, items: readonly string[]): string => `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${heading}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${mwItems(items, id)}</ul></div></div>`;

export const appearance = (t: readonly string[]): string => `<div id="skin-client-prefs-vector-feature-custom-font-size" class="mw-portlet">
<div class="vector-menu-heading">${t[0]}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${radio('font', t.slice(1, 4))}</ul>
<span class="skin-client-pref-exclusion-notice">${t[4]}</span></div></div>
<div id="skin-client-prefs-vector-feature-limited-width" class="mw-portlet"><div class="vector-menu-heading">${t[5]}</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${radio('width', [t[2] ?? '', t[6] ?? ''])}</ul>
<span class="skin-client-pref-exclusion-notice">${t[7]}</span></div></div>
<div id="skin-client-prefs-skin-theme" class="mw-portlet"><div class="vector-menu-heading">${t[8]}</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${radio('theme', t.slice(9, 12))}</ul><span class="skin-client-pref-exclusion-notice">${t[12]}</span></div></div>`;

export const tabs = (items: readonly (readonly [string, string, string])[]): string =>
  items
    .map(
      ([id, t, href], i) =>
        `<li id="${id}" class="${i === 0 ? 'selected ' : ''}vector-tab-noicon mw-list-item"><a href="${href}" title="${t}"><span>${t}</span></a></li>`,
    )
    .join('');

export const tocHtml = (toc: V22Page['toc']): string => {
  const out: string[] = [];
  toc.forEach(([a, t, lvl, n], i) => {
    const next = toc[i + 1];
    const hasSub = lvl === 1 && next !== undefined && next[2] === 2;
    out.push(`<li id="toc-${a}" class="vector-toc-list-item vector-toc-level-${lvl}"><a class="vector-toc-link" href="#${a}">
<div class="vector-toc-text"><span class="vector-toc-numb">${n}</span><span>${t}</span></div></a>`);
    if (hasSub)
      out.push(`<button aria-controls="toc-${a}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">
<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${t} subsection</span></button><ul id="toc-${a}-sublist" class="vector-toc-list">`);
    else out.push('</li>');
    if (lvl === 2 && (next === undefined || next[2] === 1)) out.push('</ul></li>');
  });
  return out.join('\n');
};

export const langLabel = (p: V22Page): string => (p.langs.length ? `${p.langs.length} languages` : 'Add languages');

/** Visible chrome texts of a Vector 2022 page (without the page's own texts). */
export function v22Furniture(p: V22Page): string[] {
  const subs = p.toc.filter(([, , l], i) => l === 1 && p.toc[i + 1]?.[2] === 2).map(([, t]) => `Toggle ${t} subsection`);
  return [
    'Jump to content',
    'Main menu',
    'move to sidebar',
    'hide',
    ...p.menu.flatMap(([h, items]) => [h, ...items]),
    'Search',
    'Appearance',
    'Donate',
    'Create account',
    'Log in',
    'Personal tools',
    'Pages for logged out editors',
    'learn more',
    'Contributions',
    'Talk',
    ...(p.toc.length ? ['Contents', '(Top)', ...subs, 'Toggle the table of contents'] : []),
    langLabel(p),
    ...p.langs,
    p.langs.length ? 'Edit links' : 'Add links',
    ...p.tabs,
    'Read',
    'Edit',
    'View history',
    'Tools',
    'Actions',
    'General',
    ...p.general,
    ...(p.print.length ? ['Print/export', ...p.print] : []),
    'In other projects',
    ...p.other,
    ...V22_APPEARANCE,
    `From ${p.site}`,
    'Retrieved from',
    'Categories',
    ...p.cats,
    ...(p.hiddenCats.length ? ['Hidden categories', ...p.hiddenCats] : []),
    'edit',
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.',
    'By using this site, you agree to the Terms of Use and Privacy Policy.',
    ...(p.trademark ? [`${p.site}® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.`] : []),
    ...p.places,
    'History',
    'Watch this page',
  ];
}
