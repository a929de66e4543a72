import { type TestPage, texts } from './page-kit.js';
import { ref, type VectorPage, vectorPage, vh } from './pages-heldout127-a3.js';
import { navbox, navboxTexts, notGold, reflist, vectorEdited, vectorFurniture, WIKIPEDIA, tidy } from './pages-heldout127-a4.js';
import { fandomCharacter } from './pages-heldout127-b2.js';

/**
 * Held-out batch 127, file b: a Wikipedia article on a historical event (a strike) in the Vector 2022 skin (from file a3), with the
 * civil-conflict infobox and its caption, a "Part of a series on" sidebar beside the lead, a "Further information" hatnote in a
 * section, a thumbnail, a quotation, "See also", references, "Further reading", a navbox and categories; and, from file b2, a
 * Fandom character article.
 */
const slug = '1911_Carrow_Valley_textile_strike';
const title = '1911 Carrow Valley textile strike';
const lead = [
  'The <b>1911 Carrow Valley textile strike</b> was a stoppage by some 4,200 spinners, weavers and carders at eleven cotton mills in the Carrow ' +
    'Valley between 6 March and 19 May 1911. Begun by young women in the spinning rooms of the Halbrook Mill over a cut in piece rates, it ' +
    `spread within a week to every mill in the valley and lasted ten weeks.${ref(1)}`,
  'The strike ended with the first written wage agreement in the valley’s cotton trade and the creation of a joint conciliation board, ' +
    `which met until 1952. It is often cited as an early example of a successful strike led by women workers.${ref(2)}`,
];
const hBack = 'Background';
const back = [
  'By 1910 the Carrow Valley mills employed about 5,000 people, more than half of them women and girls under twenty-one. Pay was by the ' +
    'piece, and rates were set by each mill separately and posted on the mill gate. Only the mule spinners, all of them men, belonged to a ' +
    `union, the Carrow Spinners’ Association, which had about 600 members.${ref(3)}`,
  'Trade was poor in the winter of 1910–11. In February the owners of the Halbrook Mill announced that from 6 March the rate for ring ' +
    `spinning would fall by one farthing a pound, a cut of roughly one-eighth in weekly earnings.${ref(3)}`,
];
const hStrike = 'The strike';
const hWalkout = 'Walkout';
const walkout = [
  'On the morning of 6 March about 180 ring spinners at Halbrook refused to start their frames. They elected a committee of five, led by ' +
    'nineteen-year-old Ellen Gartside, and walked to the neighbouring Throstle Bank and Low Carrow mills, where the spinning rooms also stopped.' +
    ref(4),
  'By 13 March all eleven mills were idle. The weavers, who had not had their rates cut, came out in support, partly because the owners had ' +
    `begun to post identical notices at other mills.${ref(4)}${ref(5)} The Spinners’ Association, after some hesitation, agreed to pay strike ` +
    'money to its own members and to open its membership to women for the first time.',
];
const hMarch = 'March to Carrowford';
const march = [
  'On 8 April around 3,000 strikers and their families marched the nine miles from Halbrook to the county town of Carrowford to present a ' +
    'petition to the mayor. The march was peaceful, and its size surprised local newspapers, one of which reported:',
];
const quote =
  'They came four abreast and singing, with the girls of the spinning rooms at the head, and there was not a policeman wanted the whole ' +
  'length of the road.';
const march2 = [
  'Collections for the strike fund taken along the route and at a public meeting in Carrowford raised over £400, enough to keep the fund ' +
    `paying for another month.${ref(6)}`,
];
const hSettle = 'Settlement';
const settle = [
  'Talks began in early May under the chairmanship of the Carrowford magistrate Sir Thomas Pell. The agreement signed on 18 May restored ' +
    'the old spinning rate, fixed a single list of piece rates for all eleven mills and set up a conciliation board of six owners and six ' +
    `union representatives to hear future disputes. Work resumed on 19 May.${ref(7)}`,
];
const hAfter = 'Aftermath';
const after = [
  'Membership of the Spinners’ Association rose to over 2,300 by the end of 1911, some 1,500 of them women, and the union changed its name ' +
    `to the Carrow Valley Textile Workers’ Union in 1913.${ref(8)} Ellen Gartside was elected its first woman organiser in 1914.`,
  'The conciliation board heard 214 disputes between 1911 and its dissolution in 1952. No further valley-wide strike took place until 1932.',
];
const hLegacy = 'Legacy';
const legacy = [
  'A memorial to the strikers was unveiled outside the former Halbrook Mill in 2011, on the centenary of the walkout. The anniversary of ' +
    `the march is marked each April by a walk along its route organised by the Carrowford Trades Council.${ref(9)}`,
];
const refs = [
  'Wardle, Jean (1994). <i>Ten Weeks in Spring: The Carrow Valley Strike of 1911</i>. Carrowford: Pennine Labour History Society. p. 3.',
  'Hollins, Peter (2008). "Women and the cotton unions, 1890–1920". <i>Northern History Review</i>. 45 (1): 101–123.',
  'Wardle 1994, pp. 11–19.',
  'Wardle 1994, pp. 24–30.',
  '"The strike in the Carrow Valley". <i>Carrowford Guardian</i>. 15 March 1911. p. 5.',
  '"A great procession". <i>Carrowford Guardian</i>. 12 April 1911. p. 4.',
  'Hollins 2008, pp. 110–112.',
  'Wardle 1994, p. 71.',
  '"Strike memorial unveiled". <i>Carrowford Observer</i>. 8 March 2011.',
];
const shortDesc = 'Textile workers’ strike in Northshire, England';
const sidebar = ['Part of a series on', 'Organised labour', 'Labour movement', 'Trade unions', 'Strike action', 'Collective bargaining', 'Women in unions'];
const infoCaption = 'Strikers outside the Halbrook Mill, March 1911';
const infoRows = [
  ['Date', '6 March – 19 May 1911'],
  ['Location', 'Carrow Valley, Northshire, England'],
  ['Caused by', 'Cut in ring-spinning piece rates'],
  ['Resulted in', 'Old rates restored; joint conciliation board set up'],
] as const;
const further = 'Further information: Carrow Valley Textile Workers’ Union';
const figCaption = 'The petition being handed to the mayor on the steps of Carrowford Town Hall, 8 April 1911';
const seeAlso = ['List of strikes in the United Kingdom', 'Women in the British labour movement'];
const reading = ['Gartside, Ellen (1948). <i>A Spinner’s Life</i>. Carrowford: Trades Council.'];
const nbTitle = 'Industrial disputes in Northshire';
const nbGroups = [
  ['19th century', ['Stallbridge colliers’ strike (1844)', 'Elmridge lockout (1878)']],
  ['20th century', ['Carrow Valley textile strike (1911)', 'Stallbridge tram strike (1919)', 'Pennock bakery strike (1932)']],
] as const;
const sbItems = sidebar.slice(2);
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">${shortDesc}</div>
<table class="infobox vevent"><tbody><tr><th colspan="2" class="infobox-above summary">1911 Carrow Valley textile strike</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Halbrook_strikers_1911.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/3/3a/Halbrook.jpg/260px.jpg" width="260" height="180"
class="mw-file-element"></a></span><div class="infobox-caption">${infoCaption}</div></td></tr>
${infoRows.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
<tr><th colspan="2" class="infobox-header">Parties</th></tr><tr><td class="infobox-full-data" colspan="2">Carrow Spinners’ Association; strike committees
</td></tr><tr><td class="infobox-full-data" colspan="2">Carrow Valley Master Spinners’ Federation</td></tr></tbody></table>
<style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .sidebar{width:22em;float:right;clear:right;margin:0.5em 0 1em 1em}</style>
<table class="sidebar nomobile nowraplinks hlist"><tbody><tr><td class="sidebar-pretitle">${sidebar[0]}</td></tr>
<tr><th class="sidebar-title-with-pretitle"><a href="/wiki/Organised_labour">${sidebar[1]}</a></th></tr>
<tr><td class="sidebar-content"><ul>${sbItems.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></td></tr>
<tr><td class="sidebar-navbar"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:Organised_labour"><abbr
title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:Organised_labour"><abbr title="Discuss this template">t</abbr>
</a></li><li class="nv-edit"><a href="/wiki/Special:EditPage/Template:Organised_labour"><abbr title="Edit this template">e</abbr></a></li></ul></div></td></tr>
</tbody></table>
${ps(lead)}
<meta property="mw:PageProp/toc">
${vh(2, hBack, slug)}
${ps(back)}
${vh(2, hStrike, slug)}
${vh(3, hWalkout, slug)}
${ps(walkout)}
${vh(3, hMarch, slug)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Carrowford_petition_1911.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/8/8c/Petition.jpg/250px.jpg" width="250" height="170" class="mw-file-element"></a>
<figcaption>${figCaption}</figcaption></figure>
${ps(march)}
<blockquote class="templatequote"><p>${quote}</p><div class="templatequotecite">—&#8201;<cite><i>Carrowford Guardian</i>, 12 April 1911</cite></div>
</blockquote>
${ps(march2)}
${vh(2, hSettle, slug)}
${ps(settle)}
${vh(2, hAfter, slug)}
<div role="note" class="hatnote navigation-not-searchable">Further information: <a href="/wiki/Carrow_Valley_Textile_Workers%27_Union">Carrow Valley
Textile Workers’ Union</a></div>
${ps(after)}
${vh(2, hLegacy, slug)}
${ps(legacy)}
${vh(2, 'See also', slug)}
<ul>${seeAlso.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
${vh(2, 'References', slug)}
${reflist(refs)}
${vh(2, 'Further reading', slug)}
<ul>${reading.map((t) => `<li><cite class="citation book cs1">${t}</cite></li>`).join('\n')}</ul>
${navbox(nbTitle, nbGroups)}`;
const page: VectorPage = {
  title,
  slug,
  toc: [hBack, hStrike, hSettle, hAfter, hLegacy, 'See also', 'References', 'Further reading'],
  langs: ['Deutsch', 'Español'],
  content,
  cats: ['1911 labour disputes in the United Kingdom', 'Textile industry strikes', 'History of Northshire', 'Women’s strikes', 'March 1911 events'],
  hidden: ['Articles with short description', 'Short description matches Wikidata', 'Use dmy dates from June 2020'],
  edited: '2 March 2025, at 21:17',
  oldid: 1278302211,
};
const strike: TestPage = {
  name: 'heldout127-wikipedia-historical-event',
  kind: 'wiki',
  html: vectorPage(WIKIPEDIA, page),
  // the "Part of a series on" sidebar, the hatnote and the captions are furniture; the infobox rows, "See also", the
  // references and "Further reading" are in neither list (nor their headings); the quotation is body, its cite line neither
  title,
  headings: [hBack, hStrike, hWalkout, hMarch, hSettle, hAfter, hLegacy],
  body: texts([...lead, ...back, ...walkout, ...march, quote, ...march2, ...settle, ...after, ...legacy]),
  bylines: [vectorEdited(page)],
  furniture: notGold(
    [...vectorFurniture(WIKIPEDIA, page), shortDesc, infoCaption, ...sidebar, further, figCaption, ...navboxTexts(nbTitle, nbGroups)],
    [title],
  ),
};

export const HELDOUT127_B: readonly TestPage[] = [strike, fandomCharacter].map(tidy);
