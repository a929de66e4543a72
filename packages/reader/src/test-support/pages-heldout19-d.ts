import { links, type TestPage, texts } from './page-kit.js';
import { archwiki } from './pages-heldout19-d2.js';

/**
 * Held-out batch 19, file d: a Wikipedia desktop article on the Vector 2022 skin (header with search and personal tools,
 * the sidebar "Contents" TOC, the "Article"/"Talk" tabs and "Read"/"Edit"/"View history", "From Wikipedia, the free
 * encyclopedia", a hatnote, an infobox, body with citation superscripts and "[edit]" links, "See also", "References", a
 * navbox, categories and the footer). The Arch-wiki-style page is in pages-heldout19-d2.ts.
 */
const wkTitle = 'Vellmar Canal';
const wkHat = 'For the village in Hesse, see Vellmar. For the lock company, see Vellmar Schleusenbau.';
const wkLead = [
  'The <b>Vellmar Canal</b> is a disused canal in northern Germany that linked the river Aller near Celle with the Hamme moorland ' +
    'north of Bremen.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> It was opened in 1847 and carried ' +
    'peat, timber and building stone until the last commercial barge passed in 1936.',
  'Much of the route now forms part of a long-distance cycle path, and three of its eleven locks are protected monuments.' +
    '<sup class="reference"><a href="#cite_note-2">[2]</a></sup>',
];
const wkH1 = 'History';
const wkHist = [
  'The canal was proposed in 1829 by a group of peat merchants who wanted a cheaper route to Bremen than the carts along the sand ' +
    'roads. Construction began in 1838 and was slowed by two floods and a shortage of labour.' +
    '<sup class="reference"><a href="#cite_note-3">[3]</a></sup>',
  'Traffic peaked in the 1870s, when more than 2,000 barges a year used the canal. The opening of the railway from Celle to ' +
    'Bremen in 1881 cut that number by half within a decade.',
];
const wkH2 = 'Route';
const wkRoute = [
  'The canal runs for 46 kilometres through flat heath and moorland, with a total rise of only 14 metres. Most of its locks were ' +
    'built of red brick, with gates of oak.<sup class="reference"><a href="#cite_note-4">[4]</a></sup>',
  'The summit pound near Wiedenhof was fed by a reservoir that is now a nature reserve and a breeding site for common cranes.',
];
const wkRefs = [
  'Heinemann, Ulrike (1998). <i>Kanäle in Niedersachsen</i>. Hannover: Landesverlag. p. 112.',
  '"Baudenkmale im Landkreis Celle". Landesamt für Denkmalpflege. Retrieved 4 March 2024.',
  'Otten, Karl (1963). <i>Torf und Wasser</i>. Bremen: Schünemann. pp. 41–58.',
  'Brandt, Jens (2011). "Schleusenbau im 19. Jahrhundert". <i>Wasserbau-Geschichte</i>. <b>7</b>: 23–39.',
];
const wkInfo = [
  ['Length', '46 km (29 mi)'],
  ['Locks', '11'],
  ['Status', 'Disused'],
  ['Construction began', '1838'],
  ['Date completed', '1847'],
  ['Date closed', '1936'],
];
const wkNav = [
  'Main page',
  'Contents',
  'Current events',
  'Random article',
  'About Wikipedia',
  'Contact us',
  'Help',
  'Learn to edit',
  'Community portal',
  'Recent changes',
  'Upload file',
];
const wkNavbox = ['Aller', 'Elbe–Lübeck Canal', 'Ems–Jade Canal', 'Hunte–Ems Canal', 'Mittelland Canal', 'Oste–Hamme Canal'];
const wkCats = ['Categories:', 'Canals in Lower Saxony', 'Canals opened in 1847', 'Transport in Celle (district)'];
const wkFoot = [
  'This page was last edited on 2 October 2025, at 14:07 (UTC).',
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.',
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
const edit =
  '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a>' +
  '<span class="mw-editsection-bracket">]</span></span>';
const wkHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-toc-pinned-clientpref-1 skin-theme-clientpref-day" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${wkTitle} - Wikipedia</title></head>
<body class="skin--responsive skin-vector skin-vector-2022 mediawiki ltr ns-0 page-Vellmar_Canal action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div class="vector-main-menu"><div class="vector-menu-heading">Main menu</div><ul>${links(wkNav, 'mw-list-item')}</ul></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Wikipedia</span><span class="mw-logo-tagline">The Free Encyclopedia</span></a></div>
<div class="vector-search-box"><input placeholder="Search Wikipedia"><button>Search</button></div><nav class="vector-user-links">
<a href="/wiki/Special:CreateAccount">Create account</a><a href="/wiki/Special:UserLogin">Log in</a></nav></header></div>
<div class="mw-page-container"><div class="vector-column-start"><nav id="mw-panel-toc" class="vector-toc-landmark" aria-label="Contents">
<div class="vector-toc"><div class="vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2><button>hide</button></div>
<ul class="vector-toc-contents"><li><a href="#">(Top)</a></li><li><a href="#History">1 History</a></li><li><a href="#Route">2 Route</a></li>
<li><a href="#See_also">3 See also</a></li><li><a href="#References">4 References</a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wkTitle}</span></h1>
<div class="vector-dropdown"><span class="vector-dropdown-label-text">12 languages</span></div></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><a href="/wiki/Vellmar_Canal">Article</a><a href="/wiki/Talk:Vellmar_Canal">Talk</a></nav>
<nav aria-label="Views"><a href="/wiki/Vellmar_Canal">Read</a><a href="?action=edit">Edit</a><a href="?action=history">View history</a></nav>
<div class="vector-dropdown"><span>Tools</span></div></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">${wkHat}</div>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">${wkTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="//upload.wikimedia.example/lock3.jpg" alt=""></span>
<div class="infobox-caption">Lock 3 at Wiedenhof in 2019</div></td></tr>
${wkInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${wkLead.map((p) => `<p>${p}</p>`).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="History">${wkH1}</h2>${edit}</div>
${wkHist.map((p) => `<p>${p}</p>`).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="Route">${wkH2}</h2>${edit}</div>
${wkRoute.map((p) => `<p>${p}</p>`).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2>${edit}</div><ul><li>
<a href="/wiki/Canals_of_Germany">List of canals in Germany</a></li></ul>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>${edit}</div>
<div class="mw-references-wrap"><ol class="references">${wkRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<div role="navigation" class="navbox" aria-labelledby="Navigable_waterways"><table class="nowraplinks navbox-inner"><tbody><tr><th class="navbox-title">
<div id="Navigable_waterways">Canals and navigable rivers of Lower Saxony</div></th></tr><tr><td class="navbox-list"><ul>${links(wkNavbox)}</ul></td>
</tr></tbody></table></div>
</div></div><div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category">Categories</a>:
<ul>${links(wkCats.slice(1))}</ul></div></div></div></main>
<footer id="footer" class="mw-footer"><ul id="footer-info">${wkFoot
  .slice(0, 2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<ul id="footer-places">${links(wkFoot.slice(2))}</ul></footer></div></div></body></html>`;
const wikipedia: TestPage = {
  html: wkHtml,
  name: 'heldout19-wikipedia-vector2022',
  kind: 'wiki',
  // the lead and the History and Route paragraphs are body (the citation marks "[1]"... are furniture, as on batch 5's Wikipedia
  // page: the lead's gold changed when batch 19 became training in session 14; its writer had kept them);
  // "History" and "Route" are the headings, "See also" and "References" with their lists, the reference texts, the hatnote,
  // the infobox (its title row is the title, in neither list), "From Wikipedia, the free encyclopedia", "[edit]" links,
  // the sidebar TOC, tabs, navbox, categories, main menu and footer are furniture; a wiki page has no bylines; the navbox's
  // "Aller" is a word of the body: left out, as are the infobox rows whose words are in the body (Locks, 11, Disused,
  // Construction began, the years); "[edit]" (the word "edit" matches "Edit" of the tabs: counted once); "Categories:" is split over a link and a
  // colon: written as "Categories"
  title: wkTitle,
  headings: [wkH1, wkH2],
  body: [...texts(wkLead), ...texts(wkHist), ...texts(wkRoute)].map((t) => t.replace(/\[\d+\]/g, '')),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...wkNav, 'Wikipedia', 'The Free Encyclopedia', 'Search', 'Create account', 'Log in', 'hide', '(Top)',
    '1 History', '2 Route',
    '3 See also', '4 References', '12 languages', 'Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools', 'From Wikipedia, the free encyclopedia',
    wkHat, 'Lock 3 at Wiedenhof in 2019', 'Length', '46 km (29 mi)', 'Status', 'Date completed', 'Date closed', 'See also',
    'List of canals in Germany', 'References',
    ...texts(wkRefs), 'Canals and navigable rivers of Lower Saxony', ...wkNavbox.slice(1), 'Categories', ...wkCats.slice(1),
    ...wkFoot.filter((t) => t !== 'About Wikipedia'),
  ],
};

export const HELDOUT19_D: readonly TestPage[] = [wikipedia, archwiki];
