import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout714-kit.js';

/**
 * Held-out batch 714, file e: a Wikipedia article on a children's picture book (Vector 2022 with the Appearance menu pinned,
 * a hatnote, a book infobox, citation markers, a thumbnail, a quotation with its attribution, an awards table, a section
 * maintenance box, subsections, See also, references, external links, a navbox and categories), and an episode page of a
 * children's TV series on a Fandom wiki (FandomDesktop: global navigation, community header with menus, categories line,
 * "Sign in to edit", a portable infobox with an episode guide, the old-style contents box, icon-only edit links, a cast list,
 * songs and trivia, references, a navbox, the licence line, page footer categories, a right rail and the global footer).
 */
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">[</span>${n}<span class="cite-bracket">]</span></a></sup>`;
const cn = `<sup class="noprint Inline-Template Template-Fact" style="white-space:nowrap;">[<i><a href="/wiki/Wikipedia:Citation_needed"
title="Wikipedia:Citation needed"><span title="This claim needs references to reliable sources. (January 2027)">citation needed</span></a></i>]</sup>`;
const wTitle = 'The Lantern Hare';
const wLead = [
  j(
    '<b><i>The Lantern Hare</i></b> is a 1987 children’s picture book written and illustrated by the English author <a',
    'href="/wiki/Edith_Marlowe" title="Edith Marlowe">Edith Marlowe</a>. It tells the story of a young hare who carries a lantern across the moor on',
    'the longest night of the year to guide his lost grandmother home. The book was published by <a href="/wiki/Pellow_%26_Finch" title="Pellow &amp;',
    `Finch">Pellow &amp; Finch</a> and won the 1988 <a href="/wiki/Hollis_Medal" title="Hollis Medal">Hollis Medal</a> for illustration.${ref(1)}`,
  ),
  j(
    `The book has sold more than four million copies and has been translated into 31 languages.${ref(2)} It was adapted as an animated`,
    'television special in 1994 and as a stage play in 2011, and a sequel, <i>The Hare and the Harvest Moon</i>, was published in 1993.',
  ),
];
type WSec = [title: string, level: 2 | 3, paras: string[]];
const wSecs: WSec[] = [
  [
    'Plot',
    2,
    [
      j(
        'On the evening of the winter solstice, a young hare named Pip learns that his grandmother has not come home from visiting her',
        'sister on the far side of Cauldmoor. As snow begins to fall, Pip takes the old tin lantern that hangs by the door of the',
        'family’s form and sets out alone.',
      ),
      j(
        'On his way he meets a series of animals (an owl, a family of stoats and a weary old badger), each of whom asks to share his',
        'light. Pip helps each of them, although every stop makes his candle burn lower. When the candle finally gutters out near the',
        'standing stones at the centre of the moor, Pip is found by his grandmother, who has been following the glow of the lanterns',
        'that the other animals lit from his flame.',
      ),
    ],
  ],
  [
    'Background and writing',
    2,
    [
      j(
        'Marlowe began the book in the winter of 1984, while living in a cottage on the edge of the moors near Hawksby.',
        `${ref(3)} She later said that the idea came from watching her neighbours walk home from a carol service with torches and`,
        `lanterns, and that the hare was based on a drawing she had made as a child.${ref(4)}`,
      ),
      j(
        'The illustrations were painted in gouache on watercolour paper, with the lantern’s light added last in a layer of yellow',
        'ink. Marlowe reworked the final spread, which shows the line of lanterns across the moor, eleven times before she was',
        `satisfied with it.${ref(3)}`,
      ),
    ],
  ],
  [
    'Publication',
    2,
    [
      j(
        '<i>The Lantern Hare</i> was first published in the United Kingdom by Pellow &amp; Finch in October 1987, with a first printing',
        `of 8,000 copies. An American edition followed from Brightwater Books in 1988.${ref(5)} A 30th anniversary edition, with an`,
        'afterword by Marlowe and previously unpublished sketches, was released in 2017.',
      ),
    ],
  ],
  [
    'Reception',
    2,
    [
      'The book received warm reviews on publication. Writing in <i>The Bookshelf Review</i>, Ruth Caddick praised its restraint:',
      j('Marlowe trusts her readers, even the smallest ones, to sit with the dark for a while. The light, when it comes, is', 'earned.'),
      `— Ruth Caddick, <cite><i>The Bookshelf Review</i>, 1988</cite>${ref(6)}`,
      j(
        `Some critics found the ending too sentimental,${ref(7)} but the book has remained a fixture of school reading lists and winter`,
        'story times. In a 2019 poll of 2,000 parents by the Children’s Reading Trust, it was voted the third best-loved picture book',
        `of the previous fifty years.${ref(8)}`,
      ),
    ],
  ],
  ['Awards and honours', 3, []],
  ['Adaptations', 2, []],
  [
    'Television',
    3,
    [
      j(
        'An animated half-hour special, <i>The Lantern Hare</i>, produced by Foxglove Films, was first broadcast on Christmas Eve 1994.',
        `It was narrated by the actor Simon Ashdown and has been repeated on television most winters since.${cn}`,
      ),
    ],
  ],
  [
    'Stage',
    3,
    [
      j(
        'A stage adaptation by the Northgate Theatre Company opened in Leeming in December 2011 and toured the United Kingdom for',
        `three winters. The production used puppetry for the animals and live folk music.${ref(9)}`,
      ),
    ],
  ],
];
const wAwards = [
  ['Year', 'Award', 'Result'],
  ['1988', 'Hollis Medal', 'Won'],
  ['1988', 'Brannock Prize for Picture Books', 'Shortlisted'],
  ['1990', 'Children’s Choice Award (Netherlands)', 'Won'],
];
const wInfo = [
  'Author',
  'Edith Marlowe',
  'Illustrator',
  'Edith Marlowe',
  'Country',
  'United Kingdom',
  'Language',
  'English',
  'Genre',
  'Children’s picture book',
  'Publisher',
  'Pellow & Finch',
  'Publication date',
  '15 October 1987',
  'Media type',
  'Print (hardback)',
  'Pages',
  '32',
  'ISBN',
  '0-7141-2877-3',
  'Followed by',
  'The Hare and the Harvest Moon (1993)',
];
const wRefs = [
  '"Hollis Medal winners, 1960–1999". The Hollis Trust. Retrieved 4 January 2027.',
  'Penrose, Adam (12 October 2017). "Thirty years of the Lantern Hare". The Northern Chronicle. Retrieved 4 January 2027.',
  'Marlowe, Edith (2017). "Afterword". The Lantern Hare (30th anniversary ed.). Pellow & Finch. pp. 34–39. ISBN 978-1-84716-220-5.',
  'Greer, Lydia (3 December 1999). "Edith Marlowe: the light on the moor". Books Weekly. p. 14.',
  'Tolland, Mark (1996). A History of Pellow & Finch. Kettering House. p. 201.',
  'Caddick, Ruth (January 1988). "New picture books for winter". The Bookshelf Review. 41 (1): 22.',
  'Osgood, Henry (1988). "Christmas books round-up". The Sunday Examiner. p. 9.',
  '"The nation’s favourite picture books". Children’s Reading Trust. 2019. Retrieved 4 January 2027.',
  'Barnard, Clare (14 December 2011). "The Lantern Hare, Northgate Theatre, Leeming". The Stage Review. Retrieved 4 January 2027.',
];
const wSeeAlso = ['List of children’s books about hares', 'Edith Marlowe bibliography'];
const wExt = ['The Lantern Hare at the Edith Marlowe Archive', 'The Lantern Hare at the Internet Book Database'];
const wNavbox = ['Edith Marlowe', 'The Lantern Hare', 'The Hare and the Harvest Moon', 'Mossy Bottom Farm', 'The Little Ferryman'];
const wCats = ['1987 children’s books', 'British picture books', 'Books about hares', 'Books adapted into television shows'];
const wMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
const wContrib = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
const wAppearance = ['Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark'];
const wToc = [
  '1 Plot',
  '2 Background and writing',
  '3 Publication',
  '4 Reception',
  '4.1 Awards and honours',
  '5 Adaptations',
  '5.1 Television',
  '5.2 Stage',
  '6 See also',
  '7 References',
  '8 External links',
];
const wRadio = (i: number): string =>
  `<li class="mw-list-item mw-list-item-js"><label class="cdx-radio__label"><span class="cdx-radio__label-content">${at(wAppearance, i)}</span></label></li>`;
const wId = (t: string): string => t.replace(/ /g, '_');
const wEdit = (t: string, n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/w/index.php?title=The_Lantern_Hare&amp;action=edit&amp;section=${n}" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
const wHead = (t: string, level: 2 | 3, n: number): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${wId(t)}">${t}</h${level}>${wEdit(t, n)}</div>`;
const wAmbox = `<table class="box-More_citations_needed_section plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td
class="mbox-image"><div class="mbox-image-div"><span typeof="mw:File"><a href="/wiki/File:Question_book-new.svg" class="mw-file-description"><img alt=""
src="//upload.wikimedia.org/wikipedia/en/thumb/9/99/Question_book-new.svg/50px-Question_book-new.svg.png" width="50" height="39"
class="mw-file-element"></a></span></div></td><td class="mbox-text"><div class="mbox-text-span">This section <b>needs additional citations for <a
href="/wiki/Wikipedia:Verifiability" title="Wikipedia:Verifiability">verification</a></b>.<span class="hide-when-compact"> Please help <a class="external text"
href="https://en.wikipedia.org/w/index.php?title=The_Lantern_Hare&amp;action=edit">improve this article</a> by <a href="/wiki/Help:Referencing_for_beginners"
title="Help:Referencing for beginners">adding citations to reliable sources</a> in this section. Unsourced material may be challenged and removed.</span> <span
class="date-container"><i>(<span class="date">January 2027</span>)</i></span><span class="hide-when-compact"><i> (<small><a
href="/wiki/Help:Maintenance_template_removal" title="Help:Maintenance template removal">Learn how and when to remove this message</a></small>)</i></span></div>
</td></tr></tbody></table>`;
const wAmboxText = j(
  'This section needs additional citations for verification. Please help improve this article by adding citations to reliable',
  'sources in this section. Unsourced material may be challenged and removed. (January 2027) (Learn how and when to remove this message)',
);
const wSecHtml = ([t, level, p]: WSec, i: number): string => {
  const head = wHead(t, level, i + 1);
  if (t === 'Background and writing') {
    return `${head}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Edith_Marlowe_1991.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/3/3c/Edith_Marlowe_1991.jpg/220px-Edith_Marlowe_1991.jpg" decoding="async" width="220" height="293"
class="mw-file-element"></a><figcaption>Marlowe at a book signing in 1991</figcaption></figure>
${ps(p)}`;
  }
  if (t === 'Reception') {
    return `${head}
<p>${at(p, 0)}</p>
<blockquote class="templatequote"><p>${at(p, 1)}</p><div class="templatequotecite">${at(p, 2)}</div></blockquote>
<p>${at(p, 3)}</p>`;
  }
  if (t === 'Awards and honours') {
    return `${head}
<table class="wikitable"><tbody><tr>${(wAwards[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${wAwards
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>`;
  }
  if (t === 'Adaptations') return `${head}\n${wAmbox}`;
  return `${head}\n${ps(p)}`;
};
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled
vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled
vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1
vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-toc-available" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>The Lantern Hare - Wikipedia</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-appearance-pinned-clientpref-1";
document.documentElement.className=className;}());
RLCONF={"wgPageName":"The_Lantern_Hare","wgTitle":"The Lantern Hare","wgCurRevisionId":1281022471,"wgArticleId":4471209,"wgIsArticle":true,
"wgCategories":["1987 children's books","British picture books","Books about hares",
"Books adapted into television shows"],"wgRelevantPageName":"The_Lantern_Hare"};
</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.wikimediaBadges
%7Cskins.vector.icons%2Cstyles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.44.0-wmf.21"><meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="The Lantern Hare - Wikipedia"><meta property="og:type" content="website">
<link rel="canonical" href="https://en.wikipedia.org/wiki/The_Lantern_Hare">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"The Lantern Hare",
"url":"https:\\/\\/en.wikipedia.org\\/wiki\\/The_Lantern_Hare","author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2006-02-11T09:14:52Z","headline":"1987 picture book by Edith Marlowe"}</script>
</head><body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-The_Lantern_Hare rootpage-The_Lantern_Hare skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"
title="Main menu"><input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox"
aria-label="Main menu"><label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button
cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div
id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header vector-main-menu-pinnable-header
vector-pinnable-header-unpinned"><div class="vector-pinnable-header-label">Main menu</div><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button>
</div><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div
class="vector-menu-content"><ul class="vector-menu-content-list">${links(wMenu, 'mw-list-item')}</ul></div></div>
<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction"><div
class="vector-menu-heading">Contribute</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${links(wContrib, 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/wikipedia.png" alt="" aria-hidden="true" height="50"
width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Wikipedia"
src="/static/images/mobile/copyright/wikipedia-wordmark-en.svg"
style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/wikipedia-tagline-en.svg"
width="117" height="13" style="width: 7.3125em; height: 0.8125em;"></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box-auto-expand-width vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled
cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Wikipedia [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search"></span><span
>Search</span></a><div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form
action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper"
data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search"
placeholder="Search Wikipedia" aria-label="Search Wikipedia" autocapitalize="sentences" title="Search Wikipedia [f]" accesskey="f" id="searchInput"><span
class="cdx-text-input__icon cdx-text-input__start-icon"></span></div></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
</div></div>
<nav class="vector-user-links vector-user-links-wide" aria-label="Personal tools"><div class="vector-user-links-main"><div id="p-vector-user-menu-overflow"
class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="pt-sitesupport-2" class="user-links-collapsible-item
mw-list-item"><a href="https://donate.wikimedia.org/?wmf_source=donate&amp;wmf_medium=sidebar"><span>Donate</span></a></li><li id="pt-createaccount-2"
class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:CreateAccount&amp;returnto=The+Lantern+Hare"><span>Create
account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a
href="/w/index.php?title=Special:UserLogin&amp;returnto=The+Lantern+Hare"><span>Log in</span></a></li></ul></div></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc"
aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div
id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2
class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to
sidebar</button><button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${wToc
  .map((t) => {
    const [n, ...rest] = t.split(' ');
    const name = rest.join(' ');
    const sub = (n ?? '').includes('.');
    return `<li id="toc-${wId(name)}" class="vector-toc-list-item vector-toc-level-${sub ? 2 : 1}"><a class="vector-toc-link" href="#${wId(name)}"><div
class="vector-toc-text"><span class="vector-toc-numb">${n}</span>
<span>${name}</span></div></a>${
      name === 'Reception' || name === 'Adaptations'
        ? `<button aria-controls="toc-${wId(name)}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle"><span
class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${name} subsection</span></button>`
        : ''
    }</li>`;
  })
  .join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true"
class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 12 languages"><label
id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--action-progressive"
aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive"></span><span class="vector-dropdown-label-text">12 languages</span></label></div>
</header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li
id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/The_Lantern_Hare" title="View the content page [c]"
accesskey="c"><span>Article</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:The_Lantern_Hare" rel="discussion"
title="Discuss improvements to the content page [t]" accesskey="t"><span>Talk</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div
class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/The_Lantern_Hare"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item"><a
href="/w/index.php?title=The_Lantern_Hare&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li><li id="ca-history"
class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title=The_Lantern_Hare&amp;action=history" title="Past revisions of this page [h]"
accesskey="h"><span>View history</span></a></li></ul></div></div></nav>
<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input
type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label
id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label></div></nav></div></div></div>
<div class="vector-column-end"><div class="vector-sticky-pinned-container"><nav class="vector-appearance-landmark" aria-label="Appearance"><div
id="vector-appearance-pinned-container" class="vector-pinned-container"><div id="vector-appearance" class="vector-appearance vector-pinnable-element"><div
class="vector-pinnable-header vector-appearance-pinnable-header vector-pinnable-header-pinned"><div class="vector-pinnable-header-label">Appearance</div><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div><div id="skin-client-prefs-skin-theme"
class="mw-portlet mw-portlet-skin-client-prefs-vector-feature-custom-font-size"><div
class="vector-menu-heading">${at(wAppearance, 0)}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${[1, 2, 3]
  .map(wRadio)
  .join('')}</ul></div></div><div class="mw-portlet"><div class="vector-menu-heading">${at(wAppearance, 4)}</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${[2, 5]
  .map(wRadio)
  .join('')}</ul></div></div><div class="mw-portlet"><div class="vector-menu-heading">${at(wAppearance, 6)}</div><div class="vector-menu-content"><ul
class="vector-menu-content-list">${[7, 8, 9].map(wRadio).join('')}</ul></div></div></div></div></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div><div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div></div><div id="contentSub"><div
id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">1987 picture book by Edith Marlowe</div>
<div role="note" class="hatnote navigation-not-searchable">This article is about the picture book. For the 1994 television special, see <a
href="/wiki/The_Lantern_Hare_(TV_special)" title="The Lantern Hare (TV special)">The Lantern Hare (TV special)</a>.</div>
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn" style="font-size: 125%; font-style: italic;">${wTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:The_Lantern_Hare_cover.jpg"
class="mw-file-description"><img alt="A hare holding a lantern in the snow" src="//upload.wikimedia.org/wikipedia/en/6/6f/The_Lantern_Hare_cover.jpg"
decoding="async" width="220" height="268" class="mw-file-element"></a></span><div class="infobox-caption">First edition cover</div></td></tr>
${[0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20]
  .map((i) => `<tr><th scope="row" class="infobox-label">${at(wInfo, i)}</th><td class="infobox-data">${at(wInfo, i + 1).replace(/&/g, '&amp;')}</td></tr>`)
  .join('\n')}</tbody></table>
${ps(wLead)}
<meta property="mw:PageProp/toc">
${wSecs.map(wSecHtml).join('\n')}
${wHead('See also', 2, 9)}
<ul>${links(wSeeAlso)}</ul>
${wHead('References', 2, 10)}
<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text"><cite class="citation cs1">${r.replace(/&/g, '&amp;')}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${wHead('External links', 2, 11)}
<ul>${links(wExt)}</ul>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Edith_Marlowe" style="padding:3px"><table class="nowraplinks
mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title"
colspan="2"><div id="Edith_Marlowe" style="font-size:114%;margin:0 4em">${at(wNavbox, 0)}</div></th></tr><tr><th scope="row" class="navbox-group"
style="width:1%">Picture books</th><td
class="navbox-list-with-group navbox-list navbox-odd hlist"><div style="padding:0 0.25em"><ul>${links(wNavbox.slice(1))}</ul>
</div></td></tr></tbody></table></div>
</div></div>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://en.wikipedia.org/w/index.php?title=The_Lantern_Hare&amp;oldid=1281022471"
>https://en.wikipedia.org/w/index.php?title=The_Lantern_Hare&amp;oldid=1281022471</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category"
title="Help:Category">Categories</a>: <ul>${links(wCats)}</ul></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 2
February 2027, at 18:05<span class="anonymous-show">&#160;(UTC)</span>.</li><li id="footer-info-copyright">Text is available under the <a rel="license"
href="https://en.wikipedia.org/wiki/Wikipedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons
Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a
href="https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use">Terms of Use</a> and <a
href="https://foundation.wikimedia.org/wiki/Policy:Privacy_policy">Privacy
Policy</a>.</li></ul>
<ul id="footer-places"><li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy
policy</a></li><li id="footer-places-about"><a href="/wiki/Wikipedia:About">About Wikipedia</a></li><li id="footer-places-disclaimers"><a
href="/wiki/Wikipedia:General_disclaimer">Disclaimers</a></li><li id="footer-places-contact"><a href="//en.wikipedia.org/wiki/Wikipedia:Contact_us">Contact
Wikipedia</a></li>
<li id="footer-places-wm-codeofconduct"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">Code
of Conduct</a></li><li id="footer-places-mobileview"><a href="//en.m.wikipedia.org/w/index.php?title=The_Lantern_Hare&amp;mobileaction=toggle_view_mobile"
class="noprint stopMobileRedirectToggle">Mobile view</a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgHostname":"mw-web.codfw.main-5f7c","wgBackendResponseTime":204});});</script></body></html>`;
const wikipedia: TestPage = gold({
  name: 'heldout714-wikipedia-picture-book',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([t]) => t),
  body: texts([...wLead, ...wSecs.flatMap(([t, , p]) => (t === 'Awards and honours' ? wAwards.map((r) => r.join(' ')) : p))]),
  bylines: ['This page was last edited on 2 February 2027, at 18:05 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'move to sidebar', 'hide', 'Navigation', ...wMenu, 'Contribute', ...wContrib, 'Search', 'Donate', 'Create account',
    'Log in', 'Contents', '(Top)', ...wToc, 'Toggle Reception subsection', 'Toggle Adaptations subsection', 'Article', 'Talk', 'Read', 'Edit',
    'View history', 'Appearance', ...wAppearance, 'From Wikipedia, the free encyclopedia',
    'This article is about the picture book. For the 1994 television special, see The Lantern Hare (TV special).', 'First edition cover', ...wInfo,
    'edit', 'Marlowe at a book signing in 1991', wAmboxText, 'See also', ...wSeeAlso, 'References', ...wRefs, 'External links', ...wExt, ...wNavbox,
    'Picture books', 'Retrieved from "https://en.wikipedia.org/w/index.php?title=The_Lantern_Hare&oldid=1281022471"', 'Categories:', ...wCats,
    'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree to the '
      + 'Terms of Use and Privacy Policy.',
    'Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia', 'Code of Conduct', 'Mobile view',
  ],
});

const fTitle = 'Grandma’s Big Move';
const fLead = j(
  '“<b>Grandma’s Big Move</b>” is the seventh episode of the second season of <i><a href="/wiki/Pebble_Street_(TV_series)">Pebble Street</a></i>,',
  'and the 33rd episode overall. It premiered on March 3, 2026 on Kidbright.',
);
const fSynopsis = j(
  'When Grandma Rue moves into the little yellow house next door, Juniper is thrilled, until she finds out that having Grandma',
  'close by means new rules.',
);
const fPlot = [
  j(
    'The episode opens with the Pebble family helping <a href="/wiki/Grandma_Rue">Grandma Rue</a> carry boxes from a moving van into',
    'the house next door. <a href="/wiki/Juniper_Pebble">Juniper</a> makes a list of everything she and Grandma will do now that they',
    'are neighbours, including daily tea parties and a sleepover every Friday.',
  ),
  j(
    'At first everything goes to plan. But when Grandma asks Juniper to take her shoes off at the door, to help water the tomatoes',
    'and to stop feeding biscuits to <a href="/wiki/Captain">Captain</a>, the family’s beagle, Juniper decides that Grandma’s house',
    'has “too many rules” and stomps home.',
  ),
  j(
    'That night, Juniper sees Grandma’s light still on and finds her sitting among unopened boxes, missing her old house by the',
    'river. Juniper realises that moving is hard for grown-ups too. The next morning she brings over a “welcome kit” (a jar of',
    'daisies, a drawing of the two houses and a sign reading “Rue’s Rules”) and helps Grandma unpack the last box: a photo album of',
    'Juniper’s mum as a little girl.',
  ),
  j('The episode ends with Juniper taking her shoes off at Grandma’s door without being asked, and Grandma secretly slipping', 'Captain a biscuit.'),
];
const fCast = ['Mila Torres as Juniper Pebble', 'Ben Achebe as Otto Pebble', 'Carla Vance as Mum', 'Derek Lowe as Dad', 'Patricia Hale as Grandma Rue'];
const fSongs = ['“New House, Same Hugs”, sung by Juniper and Grandma Rue', '“Rue’s Rules” (reprise), sung by Juniper'];
const fTrivia = [
  'This is the first episode to show the inside of Grandma Rue’s house.',
  j('The photo album in the final scene shows Mum as a child wearing the same yellow raincoat Juniper wears in the opening', 'titles.'),
  j(
    'Series creator Ama Boateng said in an interview that the episode was based on her own mother moving in next door in',
    `2019.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>`,
  ),
];
const fRef = 'Interview: Ama Boateng on the heart of Pebble Street. Kidbright Blog. March 2, 2026.';
const fHeads = ['Synopsis', 'Plot', 'Cast', 'Songs', 'Trivia'];
const fInfo = ['Season', '2', 'Episode', '7', 'Overall', '33', 'Air date', 'March 3, 2026', 'Written by', 'Dana Okafor', 'Storyboard by', 'Luis Mendel'];
const fGuide = ['Previous', 'Next', 'The Lost Library Book', 'Camp-Out Catastrophe'];
const fExplore = ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const fShow = ['Characters', 'Episodes', 'Songs', 'Locations'];
const fGlobal = ['Fan Central', 'Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fCats = ['Episodes', 'Season 2', 'Grandma Rue episodes'];
const fNav: [string, string[]][] = [
  ['Season 1', ['Juniper’s First Day', 'The Puddle Problem', 'Otto’s Loose Tooth', 'Captain Runs Away']],
  ['Season 2', ['The Lost Library Book', 'Grandma’s Big Move', 'Camp-Out Catastrophe', 'The Snow Day']],
];
const fPopular = ['Juniper Pebble', 'Grandma Rue', 'Pebble Street (TV series)', 'List of Pebble Street episodes'];
const fFooter: [string, string[]][] = [
  ['Explore properties', ['Fandom', 'Muthead', 'Futhead', 'Fanatical']],
  [
    'Overview',
    ['What is Fandom?', 'About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Global Sitemap', 'Local Sitemap'],
  ],
  ['Community', ['Community Central', 'Support', 'Help']],
  ['Advertise', ['Media Kit']],
];
const fToc = ['1 Synopsis', '2 Plot', '3 Cast', '4 Songs', '5 Trivia', '6 References'];
const fHead = (t: string, n: number): string => `<h2><span class="mw-headline" id="${t}">${t}</span><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/wiki/Grandma%27s_Big_Move?action=edit&amp;section=${n}"
class="mw-editsection-visualeditor" title="Edit section:
${t}"><svg class="wds-icon wds-icon-tiny section-edit-pencil-icon"><use xlink:href="#wds-icons-pencil-tiny"></use></svg></a><span
class="mw-editsection-bracket">]</span></span></h2>`;
const fMenu = (label: string, items: readonly string[]): string => `<li class="wds-dropdown"><div class="wds-tabs__tab-label wds-dropdown__toggle"
tabindex="0"><span>${label}</span><svg class="wds-icon wds-icon-tiny wds-dropdown__toggle-chevron"></svg></div><div class="wds-is-not-scrollable
wds-dropdown__content"><ul class="wds-list wds-is-linked wds-has-bolded-items">${links(items)}</ul></div></li>`;
const fHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"/><title>Grandma's Big Move | Pebble Street Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Grandma's_Big_Move","wgTitle":"Grandma's Big Move","wgCurRevisionId":41877,
"wgArticleId":1204,"wgIsArticle":true,"wgCategories":["Episodes","Season 2","Grandma Rue episodes"],"wgCityId":"2204817","wgContentLanguage":"en",
"wgServer":"https://pebblestreet.fandom.com"};</script>
<link rel="stylesheet" href="https://pebblestreet.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles
%7Cext.fandom.PortableInfoboxFandomDesktop.css&amp;only=styles&amp;skin=fandomdesktop">
<meta name="generator" content="MediaWiki 1.39.7"/><meta name="description" content="Grandma's Big Move is the seventh episode of the second season of
Pebble Street."/><meta property="og:site_name" content="Pebble Street Wiki"/><meta property="og:title" content="Grandma's Big Move"/>
<link rel="canonical" href="https://pebblestreet.fandom.com/wiki/Grandma%27s_Big_Move"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","url":"https://pebblestreet.fandom.com/wiki/Grandma%27s_Big_Move",
"name":"Grandma's Big Move","about":{"@type":"Thing","name":"Pebble Street"},"publisher":{"@type":"Organization","name":"Fandom"}}</script>
<script>window.fandomContext = {"site":{"wikiId":2204817,"vertical":"tv","adsEnabled":true},"page":{"articleId":1204,"pageType":"article"}};</script>
</head><body class="skin-fandomdesktop mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-Grandma_s_Big_Move
rootpage-Grandma_s_Big_Move wiki-pebblestreet theme-fandomdesktop-light is-content-expanded">
<div class="global-top-navigation" id="global-top-navigation"><div class="global-top-navigation__left"><a href="https://www.fandom.com/"
class="global-top-navigation__logo" data-tracking-label="logo"><svg class="wds-icon" role="img"><title>Fandom</title></svg></a></div>
<div class="global-top-navigation__center"><div class="search-container"><button class="search-app__button" type="button"><svg
class="wds-icon wds-icon-small" aria-hidden="true"></svg><span class="search-app__button-label">Search</span></button></div></div>
<div class="global-top-navigation__right"><a class="wds-button wds-is-secondary global-top-navigation__start-wiki"
href="https://createnewwiki.fandom.com/Special:CreateNewWiki">Start a Wiki</a><div class="global-action__user"><a class="wds-button wds-is-text"
href="https://auth.fandom.com/signin?redirect=https%3A%2F%2Fpebblestreet.fandom.com%2Fwiki%2FGrandma%2527s_Big_Move" rel="nofollow">Sign In</a><a
class="wds-button" href="https://auth.fandom.com/register?redirect=https%3A%2F%2Fpebblestreet.fandom.com" rel="nofollow">Register</a></div></div></div>
<div class="main-container"><div class="global-explore-navigation" id="global-explore-navigation"><nav class="global-explore-navigation__nav"><ul>${links(
  fGlobal.slice(0, 6),
  'global-explore-navigation__item',
)}</ul><div class="global-explore-navigation__wikis-dropdown wds-dropdown__content"><ul>${links(fGlobal.slice(6))}</ul></div></nav></div>
<div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header"><a href="https://pebblestreet.fandom.com"
class="fandom-community-header__image"><img src="https://static.wikia.nocookie.net/pebblestreet/images/e/e6/Site-logo.png" width="130" height="65"
alt="Pebble Street Wiki"/></a><div class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper"><a
href="https://pebblestreet.fandom.com" class="fandom-community-header__community-name">Pebble Street Wiki</a></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${fMenu('Explore', fExplore)}
${fMenu('Show', fShow)}
${fMenu('Community', ['Rules', 'Staff', 'Help'])}</ul></nav></header></div>
<div class="top-ads-container"><div id="top_leaderboard" class="ad-slot ad-slot-placeholder top-leaderboard is-loading"></div></div>
<div class="page has-right-rail"><main class="page__main" id="content" lang="en" dir="ltr"><div class="page-header" id="PageHeader"><div
class="page-header__top"><div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span> ${fCats
  .map((t) => `<a href="/wiki/Category:${t.replace(/ /g, '_')}" data-tracking-label="categories-top-more">${t}</a>`)
  .join(', ')}</div></div>
<div class="page-header__languages"><div class="wds-dropdown"><div class="wds-dropdown__toggle"><span>English</span></div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span
class="mw-page-title-main">${fTitle}</span></h1></div><div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text
page-header__action-button has-label" href="/wiki/Grandma%27s_Big_Move?action=edit" data-tracking-label="ca-edit-anon"><svg class="wds-icon wds-icon-small"
aria-hidden="true"></svg><span>Sign in to edit</span></a><div class="wds-dropdown page-header__action-dropdown"><div class="wds-dropdown__toggle"><svg
class="wds-icon" aria-hidden="true"></svg></div><div class="wds-dropdown__content wds-is-right-aligned"><ul class="wds-list
wds-is-linked">${links(['History', 'Purge', 'Talk (0)'])}</ul></div></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-episode pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title
pi-secondary-background" data-source="title">${fTitle}</h2><figure class="pi-item pi-image" data-source="image"><a
href="https://static.wikia.nocookie.net/pebblestreet/images/4/4b/Grandmas_Big_Move.png" class="image image-thumbnail" title=""><img
src="https://static.wikia.nocookie.net/pebblestreet/images/4/4b/Grandmas_Big_Move.png/revision/latest/scale-to-width-down/268" class="pi-image-thumbnail" alt=""
width="268" height="151"/></a><figcaption class="pi-item-spacing pi-caption">Juniper and Grandma Rue unpacking boxes</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Episode
information</h2>
${[0, 2, 4, 6, 8, 10]
  .map(
    (i) => `<div class="pi-item pi-data pi-item-spacing pi-border-color"><h3 class="pi-data-label pi-secondary-font">${at(fInfo, i)}</h3><div
class="pi-data-value pi-font">${at(fInfo, i + 1)}</div></div>`,
  )
  .join('\n')}</section>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing
pi-secondary-background">Episode guide</h2><section
class="pi-item pi-smart-group pi-border-color"><section class="pi-smart-group-head"><h3 class="pi-smart-data-label pi-data-label pi-secondary-font
pi-item-spacing" style="width: calc(1 / 2 * 100%);">${at(fGuide, 0)}</h3><h3 class="pi-smart-data-label pi-data-label pi-secondary-font pi-item-spacing"
style="width: calc(1 / 2 * 100%);">${at(fGuide, 1)}</h3></section><section class="pi-smart-group-body"><div class="pi-smart-data-value pi-data-value pi-font
pi-item-spacing" style="width: calc(1 / 2 * 100%);"><a href="/wiki/The_Lost_Library_Book">${at(fGuide, 2)}</a></div><div class="pi-smart-data-value
pi-data-value pi-font pi-item-spacing" style="width: calc(1 / 2 * 100%);"><a href="/wiki/Camp-Out_Catastrophe">${at(fGuide, 3)}</a></div></section></section>
</section></aside>
<p>${fLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none" /><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span
class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>${fToc
  .map((t, i) => {
    const [n, ...rest] = t.split(' ');
    return `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${rest.join('_')}"><span class="tocnumber">${n}</span> <span
class="toctext">${rest.join(' ')}</span></a></li>`;
  })
  .join('\n')}</ul></div>
${fHead('Synopsis', 1)}
<p>${fSynopsis}</p>
${fHead('Plot', 2)}
${ps(fPlot)}
<div class="ad-slot-placeholder incontent-boxad"><div class="ae-translatable-label" data-ae-translatable-label="advertisement">Advertisement</div></div>
${fHead('Cast', 3)}
<ul>${lis(fCast.map((c) => c.replace(/ as (.*)$/, (_, n: string) => ` as <a href="/wiki/${n.replace(/ /g, '_')}">${n}</a>`)))}</ul>
${fHead('Songs', 4)}
<ul>${lis(fSongs)}</ul>
${fHead('Trivia', 5)}
<ul>${lis(fTrivia)}</ul>
${fHead('References', 6)}
<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span> <span
class="reference-text">${fRef}</span></li></ol></div>
<table class="navbox" style="width:100%; margin-top:1em;"><tbody><tr><th colspan="2" class="navbox-title"><a href="/wiki/List_of_Pebble_Street_episodes">Pebble
Street episodes</a></th></tr>
${fNav.map(([s, eps]) => `<tr><th class="navbox-group">${s}</th><td class="navbox-list"><ul>${links(eps)}</ul></td></tr>`).join('\n')}</tbody></table>
</div></div>
<div class="printfooter">Retrieved from "<a dir="ltr"
href="https://pebblestreet.fandom.com/wiki/Grandma%27s_Big_Move?oldid=41877">https://pebblestreet.fandom.com/wiki/Grandma%27s_Big_Move?oldid=41877</a>"</div>
</div>
<div class="page-footer"><div class="license-description">Community content is available under <a href="https://www.fandom.com/licensing">CC-BY-SA</a> unless
otherwise noted.</div><div class="page-footer__categories wds-collapsible-panel wds-is-collapsed"><header class="wds-collapsible-panel__header"><span
class="page-footer__categories-label">Categories</span></header><div class="wds-collapsible-panel__content"><ul class="categories">${fCats
  .map((t) => `<li class="category normal"><span class="name"><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></span></li>`)
  .join('')}</ul></div></div>
<div class="more-fandoms"><h2 class="more-fandoms__title">More Fandoms</h2><ul>${links(['Animation', 'Kids TV'])}</ul></div></div>
</main>
<aside class="page__right-rail" id="WikiaRail"><div class="right-rail-wrapper"><div id="top_boxad" class="top-boxad"><div
class="ae-translatable-label" data-ae-translatable-label="advertisement">Advertisement</div></div><section class="rail-module popular-pages"><h2
class="rail-module__header">Popular Pages</h2><ul>${links(fPopular, 'popular-pages__item')}</ul></section></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content">${fFooter
  .map(
    ([h, items]) => `<section class="global-footer__section"><h3 class="global-footer__section-header">${h}</h3><ul
class="global-footer__links">${links(items, 'global-footer__link')}</ul></section>`,
  )
  .join('\n')}<section class="global-footer__section global-footer__section-fandom-apps"><h3 class="global-footer__section-header">Fandom Apps</h3><p
class="global-footer__section-description">Take your favorite fandoms with you and never miss a beat.</p></section></div>
<div class="global-footer__bottom"><div class="global-footer__bottom-text">Pebble Street Wiki is a FANDOM TV Community.</div><a
class="global-footer__bottom-link" href="https://pebblestreet.fandom.com/wiki/Grandma%27s_Big_Move?useskin=fandommobile">View Mobile Site</a></div></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":391});});</script></body></html>`;
const fandom: TestPage = gold({
  name: 'heldout714-fandom-episode',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([fLead, fSynopsis, ...fPlot, ...fCast, ...fSongs, ...fTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fandom', 'Search', 'Start a Wiki', 'Sign In', 'Register', ...fGlobal, 'Pebble Street Wiki', 'Explore', ...fExplore, 'Show', ...fShow, 'Community',
    'Rules', 'Staff', 'Help', 'in:', ...fCats, 'English', 'Sign in to edit', 'History', 'Purge', 'Talk (0)',
    'Juniper and Grandma Rue unpacking boxes', 'Episode information', ...fInfo, 'Episode guide', ...fGuide, 'Contents', ...fToc, 'Advertisement',
    'References', fRef, 'Pebble Street episodes', ...fNav.flatMap(([s, e]) => [s, ...e]),
    'Retrieved from "https://pebblestreet.fandom.com/wiki/Grandma%27s_Big_Move?oldid=41877"',
    'Community content is available under CC-BY-SA unless otherwise noted.', 'Categories', 'More Fandoms', 'Animation', 'Kids TV', 'Popular Pages',
    ...fPopular, ...fFooter.flatMap(([h, l]) => [h, ...l]), 'Fandom Apps', 'Take your favorite fandoms with you and never miss a beat.',
    'Pebble Street Wiki is a FANDOM TV Community.', 'View Mobile Site',
  ],
});

export const HELDOUT714_E: readonly TestPage[] = [wikipedia, fandom];
