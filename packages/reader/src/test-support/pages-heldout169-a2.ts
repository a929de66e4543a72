import type { TestPage } from './page-kit.js';
import { type Shell, vector2022, vector2022Furniture } from './pages-heldout169-skin.js';

/**
 * Held-out batch 169, file a2: a Wikidata item page for an (invented) botanist in Vector 2022 as Wikibase renders it: the
 * label and Q-id title, description and aliases, the "In more languages" terms table, the statement groups with their rank
 * selectors, "edit" and "add value" toolbars, qualifiers and collapsed reference lists, the identifiers, the sitelinks
 * groups, the tools and appearance menus and the footer.
 */
const qid = 'Q130448812';
const label = 'Ildra Marsh';
const desc = 'Scottish botanist and botanical illustrator (1871–1944)';
const aliases = ['Ildra Catherine Marsh', 'I. C. Marsh'];
type Claim = { pid: string; prop: string; values: readonly string[]; quals?: readonly string[]; refs: string };
const claims: readonly Claim[] = [
  { pid: 'P31', prop: 'instance of', values: ['human'], refs: '0 references' },
  { pid: 'P21', prop: 'sex or gender', values: ['female'], refs: '1 reference' },
  { pid: 'P27', prop: 'country of citizenship', values: ['United Kingdom of Great Britain and Ireland'], refs: '1 reference' },
  { pid: 'P735', prop: 'given name', values: ['Ildra'], refs: '0 references' },
  { pid: 'P734', prop: 'family name', values: ['Marsh'], refs: '0 references' },
  { pid: 'P569', prop: 'date of birth', values: ['12 March 1871'], refs: '2 references' },
  { pid: 'P19', prop: 'place of birth', values: ['Carnbrae'], refs: '1 reference' },
  { pid: 'P570', prop: 'date of death', values: ['3 November 1944'], refs: '2 references' },
  { pid: 'P20', prop: 'place of death', values: ['Lochandrum'], refs: '1 reference' },
  { pid: 'P106', prop: 'occupation', values: ['botanist', 'botanical illustrator', 'herbarium curator'], refs: '1 reference' },
  {
    pid: 'P108',
    prop: 'employer',
    values: ['Royal Carnbrae Botanic Garden'],
    quals: ['start time', '1898', 'end time', '1931', 'position held', 'keeper of the herbarium'],
    refs: '1 reference',
  },
  { pid: 'P69', prop: 'educated at', values: ['Queen Margaret College, Glasgow'], refs: '1 reference' },
  { pid: 'P101', prop: 'field of work', values: ['bryology', 'botanical illustration', 'flora of the Hebrides'], refs: '0 references' },
  { pid: 'P800', prop: 'notable work', values: ['Mosses of the Outer Isles', 'Hebridean Plant Plates'], refs: '1 reference' },
  { pid: 'P1412', prop: 'languages spoken, written or signed', values: ['English', 'Scottish Gaelic'], refs: '0 references' },
  { pid: 'P428', prop: 'botanist author abbreviation', values: ['I.C.Marsh'], refs: '1 reference' },
];
const ids: readonly Claim[] = [
  { pid: 'P214', prop: 'VIAF cluster ID', values: ['308844127551093'], refs: '1 reference' },
  { pid: 'P227', prop: 'GND ID', values: ['1190548831'], refs: '1 reference' },
  { pid: 'P586', prop: 'IPNI author ID', values: ['40071-1'], refs: '0 references' },
];
const terms = [
  ['English', label, desc, aliases.join(' | ')],
  ['German', 'Ildra Marsh ', 'schottische Botanikerin und Illustratorin', '–'],
  ['Scottish Gaelic', 'Ildra Marsh  ', 'luibh-eòlaiche Albannach', '–'],
];
const refsOpen = ['stated in', 'Dictionary of Scottish Naturalists', 'page(s)', '214'];
const snak = (v: string, i: number): string => `<div class="wikibase-snakview wikibase-snakview-${i}"><div class="wikibase-snakview-property-container">
<div class="wikibase-snakview-property" dir="auto"></div></div><div class="wikibase-snakview-value-container" dir="auto">
<div class="wikibase-snakview-typeselector"></div>
<div class="wikibase-snakview-body"><div class="wikibase-snakview-value wikibase-snakview-variation-valuesnak">
<a title="Q${900 + i}" href="/wiki/Q${900 + i}">${v}</a></div>
<div class="wikibase-snakview-indicators"></div></div></div></div>`;
const qual = (q: readonly string[]): string =>
  q.length === 0
    ? ''
    : `<div class="wikibase-listview">${[0, 2, 4]
        .map(
          (i) => `<div class="wikibase-snaklistview listview-item"><div class="wikibase-snaklistview-listview"><div class="wikibase-snakview listview-item">
<div class="wikibase-snakview-property-container"><div class="wikibase-snakview-property" dir="auto"><a href="/wiki/Property:P580">${q[i]}</a></div></div>
<div class="wikibase-snakview-value-container" dir="auto"><div class="wikibase-snakview-body">
<div class="wikibase-snakview-value wikibase-snakview-variation-valuesnak">
${q[i + 1]}</div></div></div></div></div></div>`,
        )
        .join('')}</div>`;
const refBlock = (r: string, first: boolean): string => `<div class="wikibase-statementview-references-container">
<div class="wikibase-statementview-references-heading"><a class="ui-toggler ui-toggler-toggle ui-state-default">
<span class="ui-toggler-icon ui-icon ui-icon-triangle-1-s"></span>
<span class="ui-toggler-label">${r}</span></a></div><div class="wikibase-statementview-references ${first ? '' : 'wikibase-initially-collapsed'}">
<div class="wikibase-listview">${
  r === '0 references' || !first
    ? ''
    : `<div class="wikibase-referenceview listview-item wikibase-toolbar-item"><div class="wikibase-referenceview-heading"></div>
<div class="wikibase-referenceview-listview">
<div class="wikibase-snakview"><div class="wikibase-snakview-property"><a href="/wiki/Property:P248">${refsOpen[0]}</a></div>
<div class="wikibase-snakview-value">
<a href="/wiki/Q88120455">${refsOpen[1]}</a></div></div><div class="wikibase-snakview"><div class="wikibase-snakview-property">
<a href="/wiki/Property:P304">${refsOpen[2]}</a></div>
<div class="wikibase-snakview-value">${refsOpen[3]}</div></div></div></div>`
}</div><span class="wikibase-addtoolbar-container"><span class="wikibase-toolbarbutton wikibase-toolbar-button-add"><a href="#"><span class="wb-icon">
</span>add reference</a></span>
</span></div></div>`;
const group = (c: Claim, gi: number): string => `<div class="wikibase-statementgroupview listview-item" id="${c.pid}" data-property-id="${c.pid}">
<div class="wikibase-statementgroupview-property"><div class="wikibase-statementgroupview-property-label" dir="auto">
<a title="Property:${c.pid}" href="/wiki/Property:${c.pid}">${c.prop}</a>
</div></div><div class="wikibase-statementlistview"><div class="wikibase-statementlistview-listview">
${c.values
  .map(
    (v, i) => `<div class="wikibase-statementview wikibase-statement-${qid}$${gi}-${i} wb-normal listview-item wikibase-toolbar-item">
<div class="wikibase-statementview-rankselector"><div class="wikibase-rankselector ui-state-disabled">
<span class="ui-icon ui-icon-rankselector wikibase-rankselector-normal"
title="Normal rank"></span></div></div><div class="wikibase-statementview-mainsnak-container">
<div class="wikibase-statementview-mainsnak" dir="auto">${snak(v, gi * 10 + i)}</div>
<div class="wikibase-statementview-qualifiers">${i === 0 ? qual(c.quals ?? []) : ''}</div></div>
<span class="wikibase-toolbar-container wikibase-edittoolbar-container"><span class="wikibase-toolbar wikibase-toolbar-item">
<span class="wikibase-toolbarbutton wikibase-toolbar-button-edit">
<a href="#"><span class="wb-icon"></span>edit</a></span></span></span>${refBlock(i === 0 ? c.refs : '0 references', gi === 5)}</div>`,
  )
  .join('\n')}</div><span class="wikibase-toolbar-container wikibase-addtoolbar wikibase-statementgroupview-toolbar">
<span class="wikibase-toolbarbutton wikibase-toolbar-button-add">
<a href="#" title="Add a new value"><span class="wb-icon"></span>add value</a></span></span></div></div>`;
const content = `<div id="wb-item-${qid}" class="wikibase-entityview wb-item" lang="en" dir="ltr"><div class="wikibase-entityview-main">
<div class="wikibase-entitytermsview"><div class="wikibase-entitytermsview-heading"><div class="wikibase-entitytermsview-heading-description">${desc}</div>
<div class="wikibase-entitytermsview-heading-aliases"><ul class="wikibase-entitytermsview-aliases">
${aliases.map((a) => `<li class="wikibase-entitytermsview-aliases-alias" data-aliases-separator="|">${a}</li>`).join('\n')}</ul></div></div>
<div class="wikibase-entitytermsview-entitytermsforlanguagelistview"><div class="wikibase-entitytermsview-entitytermsforlanguagelistview-header">
<span class="wikibase-entitytermsview-entitytermsforlanguagelistview-toggler">In more languages</span>
<a href="/wiki/Help:Navigating_Wikidata/User_Options#Babel_extension" class="wikibase-entitytermsview-entitytermsforlanguagelistview-configure">Configure</a>
</div>
<table class="wikibase-entitytermsforlanguagelistview"><thead><tr class="wikibase-entitytermsforlanguagelistview-header-row">
<th class="wikibase-entitytermsforlanguagelistview-language">Language</th><th class="wikibase-entitytermsforlanguagelistview-label">Label</th>
<th class="wikibase-entitytermsforlanguagelistview-description">Description</th><th class="wikibase-entitytermsforlanguagelistview-aliases">Also known as</th>
</tr></thead><tbody>
${terms
  .map(
    (r) => `<tr class="wikibase-entitytermsforlanguageview"><td class="wikibase-entitytermsforlanguageview-language">
<a href="/wiki/Special:MyLanguage">${r[0]}</a></td>
<td class="wikibase-entitytermsforlanguageview-label">${r[1]}</td><td class="wikibase-entitytermsforlanguageview-description">${r[2]}</td>
<td class="wikibase-entitytermsforlanguageview-aliases">${r[3]}</td></tr>`,
  )
  .join('\n')}</tbody></table><div class="wikibase-entitytermsview-entitytermsforlanguagelistview-more"><a href="#">All entered languages</a></div></div></div>
<h2 class="wb-section-heading section-heading wikibase-statements" dir="auto" id="claims"><span class="mw-headline">Statements</span></h2>
<div class="wikibase-statementgrouplistview" id="statements"><div class="wikibase-listview">${claims.map(group).join('\n')}</div></div>
<h2 class="wb-section-heading section-heading wikibase-statements wikibase-statements-identifiers" dir="auto" id="identifiers">
<span class="mw-headline">Identifiers</span></h2>
<div class="wikibase-statementgrouplistview"><div class="wikibase-listview">${ids.map((c, i) => group(c, 40 + i)).join('\n')}</div></div></div>
<div class="wikibase-entityview-side"><h2 class="wb-section-heading section-heading wikibase-sitelinks" dir="auto" id="sitelinks">
<span class="mw-headline">Sitelinks</span></h2>
<div class="wikibase-sitelinkgrouplistview"><div class="wikibase-sitelinkgroupview" data-wb-sitelinks-group="wikipedia">
<div class="wikibase-sitelinkgroupview-heading-section">
<h3 class="wb-sitelinks-heading" dir="auto" id="sitelinks-wikipedia">Wikipedia<span class="wikibase-sitelinkgroupview-counter">(2 entries)</span></h3>
<span class="wikibase-toolbarbutton wikibase-toolbar-button-edit"><a href="#"><span class="wb-icon"></span>edit</a></span></div>
<ul class="wikibase-sitelinklistview-listview"><li class="wikibase-sitelinkview wikibase-sitelinkview-enwiki">
<span class="wikibase-sitelinkview-siteid">enwiki</span>
<span class="wikibase-sitelinkview-page"><a href="https://en.wikipedia.example/wiki/Ildra_Marsh" hreflang="en">${label}</a></span></li>
<li class="wikibase-sitelinkview wikibase-sitelinkview-gdwiki"><span class="wikibase-sitelinkview-siteid">gdwiki</span>
<span class="wikibase-sitelinkview-page"><a href="https://gd.wikipedia.example/wiki/Ildra_Marsh" hreflang="gd">${label}</a></span></li></ul></div>
${['Wikibooks', 'Wikinews', 'Wikiquote', 'Wikisource', 'Wikiversity', 'Wikivoyage', 'Wiktionary', 'Multilingual sites']
  .map(
    (g) => `<div class="wikibase-sitelinkgroupview" data-wb-sitelinks-group="${g.toLowerCase()}"><h3 class="wb-sitelinks-heading">${g}<span
class="wikibase-sitelinkgroupview-counter">(0 entries)</span></h3><span class="wikibase-toolbarbutton"><a href="#"><span class="wb-icon"></span>edit</a></span>
</div>`,
  )
  .join('\n')}</div></div></div>`;
const shell: Shell = {
  lang: 'en',
  site: 'Wikidata',
  page: label,
  headExtra: `<link rel="canonical" href="https://www.wikidata.org/wiki/${qid}">
<link rel="alternate" type="application/rdf+xml" href="/wiki/Special:EntityData/${qid}.rdf">
<link rel="alternate" type="application/json" href="/wiki/Special:EntityData/${qid}.json"><meta name="description" content="${desc}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"${label}","url":"https://www.wikidata.org/wiki/${qid}",
"sameAs":"http://www.wikidata.org/entity/${qid}","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"dateModified":"2025-09-30T11:42:07Z"}</script>`,
  bodyClass: `page-${qid} rootpage-${qid} wb-entitypage wb-itempage wb-itempage-${qid}`,
  h1: `<span class="wikibase-title"><span class="wikibase-title-label">${label}</span> <span class="wikibase-title-id">(${qid})</span></span>`,
  tagline: 'From Wikidata',
  notice: '<div id="centralNotice"></div>',
  personal: ['Donate', 'Create account', 'Log in'],
  tabsLeft: ['Item', 'Discussion'],
  tabsRight: ['Read', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Main page', 'Community portal', 'Project chat', 'Create a new Item', 'Recent changes', 'Random Item'] },
    {
      id: 'p-tb',
      label: 'General',
      items: ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Concept URI', 'Cite this page'],
    },
  ],
  content,
  cats: [],
  lastmod: 'This page was last edited on 30 September 2025, at 11:42.',
  copyright:
    'All structured data from the main, Property, Lexeme, and EntitySchema namespaces is available under the ' +
    '<a href="https://creativecommons.org/publicdomain/zero/1.0/">Creative Commons CC0 License</a>; text in the other namespaces is available under the ' +
    '<a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike License</a>; additional terms may apply.',
  places: ['Privacy policy', 'About Wikidata', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view', 'Data access'],
  tail: '',
};
export const wikidataItem: TestPage = {
  name: 'heldout169-wikidata-item',
  kind: 'wiki',
  html: vector2022(shell).replace(/<div id="catlinks"[\s\S]*?<\/div><\/div>/, ''),
  title: label,
  headings: ['Statements', 'Identifiers', 'Sitelinks'],
  // batch convention for an item page: the description, the aliases and every statement value (main snaks) are body; property
  // labels are like table header cells and qualifiers and sitelink entries are in neither list; the Q-id, the "In more
  // languages" table (other than the English row, which repeats the gold), reference toggles and opened references, toolbars
  // and the sitelink group headings are furniture
  body: [desc, ...aliases, ...claims.flatMap((c) => c.values), ...ids.flatMap((c) => c.values)],
  bylines: [shell.lastmod],
  furniture: [
    ...vector2022Furniture(shell).filter((t) => t !== 'Categories'),
    `(${qid})`,
    'In more languages',
    'Configure',
    'Language',
    'Label',
    'Description',
    'Also known as',
    'German',
    ...terms.slice(1).map((r) => r[2] as string),
    'All entered languages',
    '0 references',
    '1 reference',
    '2 references',
    ...refsOpen,
    'add reference',
    'add value',
    'edit',
    'Wikipedia(2 entries)',
    'enwiki',
    'gdwiki',
    'Wikibooks(0 entries)',
    'Multilingual sites(0 entries)',
  ],
};
