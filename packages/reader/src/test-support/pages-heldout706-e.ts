import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout706-kit.js';

/**
 * Held-out batch 706, file e: a Wikipedia article about a private member's bill (MediaWiki, Vector 2022, with a hatnote,
 * the legislation infobox, the sidebar table of contents, h3 subsections, a citation-needed tag, references, see also,
 * external links and a navbox), and a local ballot measure page on a Ballotpedia-style MediaWiki wiki with a results table.
 */
const wTitle = 'Parliamentary Standards (Outside Interests) Bill';
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span
class="cite-bracket">]</span></a></sup>`;
const wLead = j(
  'The <b>Parliamentary Standards (Outside Interests) Bill</b> was a <a href="/wiki/Private_member%27s_bill">private member\'s bill</a>',
  'introduced in the <a href="/wiki/House_of_Commons">House of Commons</a> in 2025 by Rosalind Varley, the member of Parliament for',
  'Hexley and Brantwood. It would have capped the income that MPs could earn from paid outside work at 10% of their parliamentary',
  `salary and banned paid parliamentary advice and consultancy outright.${ref(1)} The bill received a second reading on 14 November`,
  `2025 but was talked out at report stage on 6 March 2026 and made no further progress.${ref(2)}`,
);
type WSec = [2 | 3, string, string[], string[]?];
const wSecs: WSec[] = [
  [
    2,
    'Background',
    [
      j(
        "Rules on MPs' outside interests had been tightened several times since the early 2000s, but members remained free to take",
        "paid work outside Parliament provided it was declared in the Register of Members' Financial Interests. In 2024 a series of",
        `reports in the <i>Hexley Courier</i> found that 41 MPs had earned more from outside work than from their parliamentary salaries over the previous
year.${ref(3)}`,
      ),
      j(
        "Varley, who had come fourth in the ballot for private members' bills, said she had chosen the subject after receiving more",
        `than 2,000 letters from constituents about the reports.${ref(4)}`,
      ),
    ],
  ],
  [
    2,
    'Provisions',
    ['The bill had six clauses. Its main provisions were:'],
    [
      'a cap on earnings from outside employment of 10% of the basic parliamentary salary, calculated over any period of twelve months;',
      j(
        'a ban on paid work as a parliamentary adviser or consultant, defined as any work involving advice on parliamentary procedure',
        'or access to ministers;',
      ),
      j(
        'exemptions for work needed to keep a professional registration, such as shifts worked by doctors and nurses, and for income',
        'from writing and broadcasting up to the cap;',
      ),
      'a duty on the Parliamentary Commissioner for Standards to publish a quarterly report on outside earnings.',
    ],
  ],
  [2, 'Parliamentary passage', []],
  [
    3,
    'Second reading',
    [
      j(
        `The bill was debated at second reading on 14 November 2025 and passed by 118 votes to 21, with the government abstaining.${ref(2)}`,
        'Several backbench members argued that the cap would discourage people with careers outside politics from standing for',
        'Parliament, a concern Varley described as "the same argument that has been made against every reform since members were',
        `first paid".${ref(5)}`,
      ),
    ],
  ],
  [
    3,
    'Committee stage',
    [
      j(
        'A public bill committee considered the bill over two sittings in January 2026. An amendment raising the cap to 15% was',
        'defeated by 9 votes to 6, but the committee agreed a government amendment removing the quarterly reporting duty.',
      ),
    ],
  ],
  [
    3,
    'Report stage',
    [
      j(
        'At report stage on 6 March 2026, opponents tabled 43 amendments and spoke at length on each of the first three groups. The',
        'debate was still running when the House rose at 2:30 pm, and the bill fell to the bottom of the order paper, where it',
        `remained until the end of the session.${ref(6)}`,
      ),
    ],
  ],
  [
    2,
    'Reception',
    [
      j(
        'The Committee on Standards in Public Life welcomed the bill\'s aims but said a fixed cap would be "a blunt instrument" and',
        `recommended a system of case-by-case approval instead.${ref(7)} A poll by Tallis Research in February 2026 found 71% of`,
        `respondents in favour of a cap on MPs' outside earnings.${ref(8)}`,
      ),
      j(
        'Supporters of the bill said that it would be reintroduced in the next session.<sup class="noprint Inline-Template Template-Fact"',
        'style="white-space:nowrap;">[<i><a href="/wiki/Wikipedia:Citation_needed" title="Wikipedia:Citation needed"><span',
        'title="This claim needs references to reliable sources. (May 2027)">citation needed</span></a></i>]</sup>',
      ),
    ],
  ],
];
const wRefs = [
  '"Outside Interests Bill: explanatory notes". House of Commons Library. 2 October 2025.',
  'Pryce, Alun (6 March 2026). "MPs\' second jobs bill talked out". Hexley Courier.',
  'Demir, Saskia (19 August 2024). "The MPs who earn more on the side". Hexley Courier.',
  'Varley, Rosalind (3 September 2025). "Why I am bringing this bill". The Westbury Review.',
  '"Parliamentary Standards (Outside Interests) Bill: second reading". Hansard. Vol. 771. 14 November 2025.',
  'Okonjo, Felix (7 March 2026). "How a standards bill ran out of time". Public Law Weekly.',
  'Committee on Standards in Public Life (January 2026). Outside Earnings: A Response to the Varley Bill.',
  '"Voters back cap on MPs\' second jobs". Tallis Research. 22 February 2026.',
];
const wInfo: [string, string][] = [
  ['Long title', 'A Bill to limit the earnings of members of the House of Commons from outside employment; and for connected purposes.'],
  ['Introduced by', 'Rosalind Varley'],
  ['Territorial extent', 'United Kingdom'],
  ['Status', 'Not passed'],
];
const wHeads = wSecs.map(([, h]) => h);
const wTocNum = ((): string[] => {
  let a = 0;
  let b = 0;
  return wSecs.map(([lvl]) => {
    if (lvl === 2) {
      a++;
      b = 0;
      return `${a}`;
    }
    b++;
    return `${a}.${b}`;
  });
})();
const wTail = ['See also', 'References', 'External links'];
const wSee = ["Register of Members' Financial Interests", 'Recall of MPs'];
const wNav = [
  ['Legislation', ['Standards in Public Life Act 2019', "Members' Interests Act 2022", 'Parliamentary Standards (Outside Interests) Bill']],
  ['Bodies', ['Parliamentary Commissioner for Standards', 'Committee on Standards in Public Life', 'Independent Panel of Experts']],
] as const;
const wMain = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wFoot = ['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement'];
const wSecHtml = ([lvl, h, paras, items]: WSec): string => {
  const id = h.replace(/ /g, '_');
  return `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${id}">${h}</h${lvl}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=Parliamentary_Standards_(Outside_Interests)_Bill&amp;action=edit&amp;section=1" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>
${ps(paras)}${items ? `\n<ul>${lis(items)}</ul>` : ''}`;
};
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled
vector-feature-page-tools-pinned-disabled
vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>Parliamentary Standards (Outside Interests) Bill - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";
document.documentElement.className=className;}());
RLCONF={"wgPageName":"Parliamentary_Standards_(Outside_Interests)_Bill","wgTitle":"Parliamentary Standards (Outside Interests) Bill",
"wgCurRevisionId":1224490871,"wgArticleId":78112934,"wgIsArticle":true,"wgCategories":["Proposed laws of the United Kingdom"]};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.0-wmf.12"><meta property="og:title" content="${wTitle} - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/Parliamentary_Standards_(Outside_Interests)_Bill">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"${wTitle}","url":"https:\\/\\/en.wikipedia.org\\/wiki\\/x",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},"datePublished":"2025-09-04T10:12:55Z"}</script></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Parliamentary_Standards_Outside_Interests_Bill
rootpage-Parliamentary_Standards_Outside_Interests_Bill skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon
mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu"
class="vector-main-menu
vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(wMain, 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50" width="50">
<span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia" src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg">
<img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Wikipedia"
accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-preferences" class="vector-menu
mw-portlet emptyPortlet"></div><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a
href="https://donate.wikimedia.org/"><span>Donate</span></a></li>
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin"><span>Log
in</span></a></li></ul></div></div>
</nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc
vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2
class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button
class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text"
class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${[...wSecs.map(([lvl, h], i) => [lvl, h, wTocNum[i] ?? ''] as const), ...wTail.map((h, i) => [2, h, `${5 + i}`] as const)]
  .map(
    ([lvl, h, n]) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-${lvl - 1}"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${n}</span> <span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><label class="vector-dropdown-label cdx-button" aria-label="This article exist only
in this
language. Add the article for other languages"><span class="vector-dropdown-label-text">Add languages</span></label></div></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Parliamentary_Standards_(Outside_Interests)_Bill"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a
href="/wiki/Talk:Parliamentary_Standards_(Outside_Interests)_Bill"><span>Talk</span></a></li></ul></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><ul
class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/x"><span>Read</span></a></li><li id="ca-edit"
class="vector-tab-noicon mw-list-item"><a href="/w/index.php?action=edit"><span>Edit</span></a></li><li id="ca-history" class="vector-tab-noicon
mw-list-item"><a
href="/w/index.php?action=history"><span>View history</span></a></li></ul></div></nav><nav class="vector-page-tools-landmark" aria-label="Page tools"><div
id="vector-page-tools-dropdown" class="vector-dropdown"><label class="vector-dropdown-label" aria-hidden="true"><span
class="vector-dropdown-label-text">Tools</span>
</label></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">Not to be confused with the <a href="/wiki/Standards_in_Public_Life_Act_2019">Standards in
Public Life Act
2019</a>.</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-subheader">Parliament of the United Kingdom</td></tr>
${wInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
<tr><td colspan="2" class="infobox-full-data"><a href="https://bills.parliament.example/bills/3518">Text of bill as introduced</a></td></tr></tbody></table>
<p>${wLead}</p>
<meta property="mw:PageProp/toc">
${wSecs.map(wSecHtml).join('\n')}
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2></div>
<ul>${wSee.map((s) => `<li><a href="/wiki/${s.replace(/ /g, '_')}">${s}</a></li>`).join('')}</ul>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text"><cite
class="citation news cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
<div class="mw-heading mw-heading2"><h2 id="External_links">External links</h2></div>
<ul><li><a rel="nofollow" class="external text" href="https://bills.parliament.example/bills/3518">Bill page</a> on the Parliament website</li></ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Parliamentary_standards_in_the_United_Kingdom" style="padding:3px">
<table class="nowraplinks mw-collapsible autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="navbar
plainlinks hlist
navbar-mini"><ul><li class="nv-view"><a href="/wiki/Template:UK_parliamentary_standards"><abbr title="View this template">v</abbr></a></li><li
class="nv-talk"><a
href="/wiki/Template_talk:UK_parliamentary_standards"><abbr title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a
href="/wiki/Special:EditPage/Template:UK_parliamentary_standards"><abbr title="Edit this template">e</abbr></a></li></ul></div><div
id="Parliamentary_standards_in_the_United_Kingdom">Parliamentary standards in the United Kingdom</div></th></tr>
${wNav
  .map(
    ([g, items]) => `<tr><th scope="row" class="navbox-group">${g}</th><td class="navbox-list-with-group navbox-list navbox-odd hlist"><div><ul>
${items.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a
href="/wiki/Help:Category">Categories</a>: <ul><li><a
href="/wiki/Category:Proposed_laws_of_the_United_Kingdom">Proposed laws of the United Kingdom</a></li><li><a
href="/wiki/Category:2025_in_British_politics">2025 in
British politics</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2
May 2027, at
11:04<span class="anonymous-show">&#160;(UTC)</span>.</li>
<li id="footer-info-copyright">Text is available under the <a rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike 4.0 License</a>; additional terms may apply.</li></ul>
<ul id="footer-places">${links(wFoot)}</ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.eqiad.main-5d8f","wgBackendResponseTime":211});});</script></body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout706-wikipedia-outside-interests-bill',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([wLead, ...wSecs.flatMap(([, , p, items]) => [...p, ...(items ?? [])])]),
  bylines: ['This page was last edited on 2 May 2027, at 11:04 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...wMain, 'Search', 'Donate', 'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)',
    ...wSecs.map(([, h], i) => `${wTocNum[i] ?? ''} ${h}`), '5 See also', '6 References', '7 External links', 'Add languages', 'Article', 'Talk',
    'Read', 'Edit', 'View history', 'From Wikipedia, the free encyclopedia', 'Not to be confused with the Standards in Public Life Act 2019.',
    'Parliament of the United Kingdom', ...wInfo.flat(), 'Text of bill as introduced', 'edit', ...wTail, ...wSee, '^', ...wRefs,
    'Bill page on the Parliament website', 'v', 't', 'e', 'Parliamentary standards in the United Kingdom', ...wNav.flatMap(([g, items]) => [g, ...items]),
    'Categories:', 'Proposed laws of the United Kingdom', '2025 in British politics',
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.', ...wFoot,
  ],
});

const bTitle = 'Marlow Springs, Measure K, Independent Redistricting Commission Amendment (November 2026)';
const bIntro = [
  '<b>Marlow Springs Measure K</b> was on the ballot as a referral in Marlow Springs on November 3, 2026. It was <b>approved</b>.',
  'A <b>"yes"</b> vote supported amending the city charter to create a nine-member independent commission to draw city council districts.',
  'A <b>"no"</b> vote opposed this amendment, thereby keeping the city council in charge of drawing its own district boundaries.',
];
const bResults = [
  ['Result', 'Votes', 'Percentage'],
  ['Yes', '41,233', '56.12%'],
  ['No', '32,245', '43.88%'],
];
type BSec = [2 | 3, string, string[], ('p' | 'li' | 'q')[]];
const bSecs: BSec[] = [
  [2, 'Overview', [], []],
  [
    3,
    'What did Measure K change?',
    [
      j(
        "Measure K created a nine-member independent commission to draw the boundaries of the city's seven council districts after",
        'each federal census. Before the measure, the districts were drawn by the city council itself, subject to approval by the',
        'Ardell County Board of Elections.',
      ),
    ],
    ['p'],
  ],
  [
    3,
    'How were commissioners to be selected?',
    [
      j(
        'Applicants had to be registered voters who had lived in Marlow Springs for at least three years and had not held elected',
        'office, worked for a council member or given more than $500 to a city candidate in the previous five years. The city clerk',
        'would screen applications, and a panel of three retired judges would choose a pool of 30 qualified applicants, from which',
        'six commissioners would be drawn at random. Those six would then appoint the remaining three.',
      ),
    ],
    ['p'],
  ],
  [
    3,
    'Background',
    [
      j(
        'The measure followed a lawsuit filed in 2024 by the Marlow Springs Neighborhood Alliance, which claimed that the 2022',
        'council map had split the Eastside neighborhood between three districts. The case was settled in 2025 when the council',
        `agreed to place a redistricting measure on the ballot.<sup id="cite_ref-settle_1-0" class="reference"><a href="#cite_note-settle-1">[1]</a></sup>`,
      ),
    ],
    ['p'],
  ],
  [2, 'Text of measure', [], []],
  [
    3,
    'Ballot question',
    [
      'The ballot question was as follows:',
      j(
        'Shall the Charter of the City of Marlow Springs be amended to establish an independent redistricting commission to adjust',
        'the boundaries of City Council districts following each federal census?',
      ),
    ],
    ['p', 'q'],
  ],
  [
    2,
    'Support',
    [
      'The following officials and organizations supported the measure:',
      'Mayor Elena Castellanos',
      'Marlow Springs Neighborhood Alliance',
      'Ardell County League of Civic Voters',
      j(
        '"For thirty years the people drawing the lines have been the people the lines elect. Measure K ends that conflict of',
        'interest without costing taxpayers a cent." — Marlow Springs Neighborhood Alliance',
      ),
    ],
    ['p', 'li', 'li', 'li', 'q'],
  ],
  [
    2,
    'Opposition',
    [
      'The following officials opposed the measure:',
      'Councilmember Dale Hruska',
      j(
        '"A commission chosen by lottery answers to nobody. Voters can remove a council member who draws an unfair map; they cannot',
        'remove a commissioner." — Councilmember Dale Hruska',
      ),
    ],
    ['p', 'li', 'q'],
  ],
  [
    2,
    'Path to the ballot',
    [j('The Marlow Springs City Council voted 6-1 on July 14, 2026, to refer the measure to the ballot. Councilmember Hruska cast', 'the dissenting vote.')],
    ['p'],
  ],
];
const bSecHtml = ([lvl, h, items, kinds]: BSec): string => {
  const out = [`<h${lvl}><span class="mw-headline" id="${h.replace(/[ ?]/g, '_')}">${h}</span></h${lvl}>`];
  let list: string[] = [];
  items.forEach((t, i) => {
    const k = kinds[i];
    if (k === 'li') {
      list.push(t);
      return;
    }
    if (list.length > 0) {
      out.push(`<ul>${lis(list)}</ul>`);
      list = [];
    }
    out.push(k === 'q' ? `<blockquote><p>${t}</p></blockquote>` : `<p>${t}</p>`);
  });
  if (list.length > 0) out.push(`<ul>${lis(list)}</ul>`);
  return out.join('\n');
};
const bInfo: [string, string][] = [
  ['Election date', 'November 3, 2026'],
  ['Topic', 'Redistricting'],
  ['Status', 'Approved'],
  ['Type', 'Charter amendment'],
  ['Origin', 'Referral'],
];
const bTocSecs = [...bSecs.map(([lvl, h]) => [lvl, h] as const), [2, 'See also'] as const, [2, 'External links'] as const, [2, 'Footnotes'] as const];
const bToc = ((): string[] => {
  let a = 1;
  let b = 0;
  return bTocSecs.map(([lvl, h]) => {
    if (lvl === 2) {
      a++;
      b = 0;
      return `${a} ${h}`;
    }
    b++;
    return `${a}.${b} ${h}`;
  });
})();
const bTopNav = ['Ballot measures', 'Elections', 'Public officials', 'Local government', 'Policy', 'About'];
const bSee = ['Redistricting measures in 2026', 'Local ballot measure elections in 2026', 'Ardell County ballot measures'];
const bExt = ['City of Marlow Springs, "Measure K full text"', 'Ardell County Board of Elections, "November 3, 2026, official results"'];
const bNotes = ['Marlow Springs Gazette, "City settles districting lawsuit, agrees to ballot measure," March 12, 2025'];
const bRail = ['Local ballot measures', 'Redistricting commissions', 'Sample Ballot Lookup', 'Help desk'];
const bFoot = ['About Ballotwise', 'Privacy policy', 'Disclaimers', 'Contact us'];
const bHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${bTitle} - Ballotwise</title>
<script>document.documentElement.className="client-js";
RLCONF={"wgPageName":"Marlow_Springs,_Measure_K,_Independent_Redistricting_Commission_Amendment_(November_2026)",
"wgNamespaceNumber":0,"wgArticleId":904512,"wgIsArticle":true,"wgCategories":["Local ballot measures, 2026","Redistricting, local"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.ballotwise.styles&amp;only=styles&amp;skin=ballotwise">
<meta name="generator" content="MediaWiki 1.39.7"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Ballotwise">
<link rel="canonical" href="https://ballotwise.org/Marlow_Springs,_Measure_K,_Independent_Redistricting_Commission_Amendment_(November_2026)">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BW12345"></script></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Marlow_Springs_Measure_K skin-ballotwise action-view">
<div id="bw-donate-banner" class="bw-banner"><p>Ballotwise is a nonprofit. Your donation powers neutral, nonpartisan election information.</p>
<a class="bw-banner__button" href="/Donate">Donate</a></div>
<div id="bw-header"><div class="bw-header__inner"><a href="/Main_Page" class="bw-logo"><img src="/skins/Ballotwise/images/logo.svg" alt="Ballotwise"></a>
<form id="bw-search" action="/index.php"><input type="search" name="search" placeholder="Search Ballotwise" aria-label="Search Ballotwise">
<button type="submit">Search</button></form></div><nav id="bw-topnav"><ul>${links(bTopNav)}</ul></nav></div>
<div id="bw-page"><div id="bw-sidebar-left"><div class="bw-share"><p class="bw-share__title">Share this page</p><ul>
<li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></li>
<li><a href="mailto:?subject=x">Email</a></li></ul></div><div class="bw-rail-box"><p class="bw-rail-box__title">Follow Ballotwise</p>
<p><a href="/Newsletters">Sign up for our newsletter</a></p></div></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><h1 id="firstHeading" class="firstHeading" lang="en">${bTitle}</h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub">From Ballotwise</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<div class="bw-coverage-notice" style="border:1px solid #ccc;padding:8px;background:#f5f8fc"><b>2026 local ballot measures</b><br>Ballotwise covered 1,412 local
measures on November 3, 2026. <a href="/Local_ballot_measure_elections_in_2026">Click here</a> for the full list.</div>
<div class="infobox" style="float:right;width:280px"><table class="infobox-table"><tbody><tr><th colspan="2" class="infobox-title">Marlow Springs Measure
K</th></tr>
${bInfo.map(([k, v]) => `<tr><td class="infobox-label"><b>${k}:</b></td><td class="infobox-value">${v}</td></tr>`).join('\n')}</tbody></table></div>
${ps(bIntro)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>
<li class="toclevel-1 tocsection-1"><a href="#Election_results"><span class="tocnumber">1</span> <span class="toctext">Election results</span></a></li>
${bTocSecs
  .map(([lvl, h], i) => {
    const [n, ...rest] = (bToc[i] ?? '').split(' ');
    return `<li class="toclevel-${lvl - 1}"><a href="#${h.replace(/[ ?]/g, '_')}"><span class="tocnumber">${n}</span> <span
class="toctext">${rest.join(' ')}</span></a></li>`;
  })
  .join('\n')}</ul></div>
<h2><span class="mw-headline" id="Election_results">Election results</span></h2>
<table class="bptable gray" style="width:50%"><tbody><tr><th colspan="3" class="bptable-caption">Marlow Springs Measure K</th></tr>
${bResults
  .map((r, i) =>
    i === 0
      ? `<tr><th>${r.join('</th><th>')}</th></tr>`
      : `<tr><td>${i === 1 ? '<img src="/images/Approveda.png" alt="Approveda" width="15">' : '<img src="/images/Defeatedd.png" alt="Defeatedd" width="15">'}
${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`,
  )
  .join('\n')}</tbody></table>
<p class="bw-results-source"><small>Results are officially certified. <a rel="nofollow" class="external text"
href="https://elections.ardellcounty.example">Source</a></small></p>
${bSecs.map(bSecHtml).join('\n')}
<h2><span class="mw-headline" id="See_also">See also</span></h2><ul>${links(bSee)}</ul>
<h2><span class="mw-headline" id="External_links">External links</span></h2><ul>${bExt
  .map(
    (t) => `<li><a class="external text"
href="https://x">${t}</a></li>`,
  )
  .join('')}</ul>
<h2><span class="mw-headline" id="Footnotes">Footnotes</span></h2><div class="reflist"><ol class="references">${bNotes
  .map(
    (n, i) =>
      `<li id="cite_note-settle-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-settle_1-0">↑</a></span> <span
class="reference-text">${n}</span></li>`,
  )
  .join('')}</ol></div>
<table class="navbox" style="width:100%"><tbody><tr><th class="navbox-title">Redistricting measures in 2026</th></tr><tr><td class="navbox-list">
<a href="/x">Statewide</a> • <a href="/y">County</a> • <a href="/z">Municipal</a></td></tr></tbody></table></div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories">Categories</a>: <ul><li><a
href="/Category:Local_ballot_measures,_2026">Local ballot measures, 2026</a></li><li><a href="/Category:Redistricting,_local">Redistricting,
local</a></li></ul></div></div>
</div></div>
<div id="bw-sidebar-right"><div class="bw-rail-box"><p class="bw-rail-box__title">Ballot measure research</p><ul>${links(bRail)}</ul></div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 18 November 2026, at 09:12.</li></ul>
<ul id="footer-places">${links(bFoot)}</ul><p class="bw-footer-copy">© 2026 Ballotwise Institute, a 501(c)(3) nonprofit organization.</p></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script></body></html>`;
const ballotwise: TestPage = gold({
  name: 'heldout706-ballotwise-measure-k',
  kind: 'wiki',
  html: bHtml,
  title: bTitle,
  headings: ['Election results', ...bSecs.map(([, h]) => h)],
  body: texts([...bIntro, ...bResults.map((r) => r.join(' ')), ...bSecs.flatMap(([, , items]) => items)]),
  bylines: ['This page was last edited on 18 November 2026, at 09:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ballotwise is a nonprofit. Your donation powers neutral, nonpartisan election information.', 'Donate', 'Search', ...bTopNav, 'Share this page',
    'Facebook', 'Twitter', 'Email', 'Follow Ballotwise', 'Sign up for our newsletter', 'From Ballotwise', '2026 local ballot measures',
    'Ballotwise covered 1,412 local measures on November 3, 2026. Click here for the full list.', 'Marlow Springs Measure K',
    ...bInfo.flatMap(([k, v]) => [`${k}:`, v]), 'Contents', '1 Election results', ...bToc, 'Results are officially certified.', 'Source', ...bSee,
    ...bExt, '↑', ...bNotes, 'Redistricting measures in 2026', 'Statewide', 'County', 'Municipal', 'Categories:', 'Local ballot measures, 2026',
    'Redistricting, local', 'Ballot measure research', ...bRail, ...bFoot, '© 2026 Ballotwise Institute, a 501(c)(3) nonprofit organization.',
  ],
});

export const HELDOUT706_E: readonly TestPage[] = [wikipedia, ballotwise];
