import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout356-kit.js';

/**
 * Held-out batch 356, file c: a Poetry Foundation-style poem page whose main text is short (the site header and menu, the
 * poem's byline, the lines as indented divs with stanza breaks, the source line, the share bar, the poet's bio card, "More
 * Poems by", related content, the newsletter sign-up, the cookie banner and the footer) and a letter in a TEI Publisher
 * digital edition built from web components (pb-page, app-header, the breadcrumbs, the metadata panel with editor and
 * revision date, the letter with its opener, dateline, salute, closer and signature, note popovers, the facsimile
 * viewer's caption, the "Cite as" box and the project footer).
 */
const pTitle = 'The Weir in January';
const pLines = [
  'The water goes over the weir like a held breath',
  'let go all at once, and the whole of the valley',
  'leans in to hear it. Nothing else is moving.',
  'The heron has given up. The alders are bone.',
  'My father stood here in a coat too thin for it',
  'and told me the river was older than sorrow,',
  'which I took for a thing a father says',
  'when he has nothing to give but the weather.',
  'I know better now. I have stood here since',
  'in every coat I own, and the river has not',
  'once been younger, and has not once been kind,',
  'and has not once stopped going over the weir.',
  'So this is what I have to give you, child:',
  'the cold, the noise, the heron, the bone-white',
  'alders, the long breath let go and let go.',
  'Stand here. Be older than sorrow. Listen.',
];
const pStanzas = [pLines.slice(0, 4), pLines.slice(4, 8), pLines.slice(8, 12), pLines.slice(12)];
const pNav = ['Poems', 'Poets', 'Features', 'Podcasts', 'Poetry Magazine', 'Children', 'Education', 'Events', 'Support Us'];
const pMore = ['Lantern Fish', 'A Field Guide to the Winter Birds', 'What the Ferryman Said'];
const pRelated = ['Poems About Rivers', 'Poems for Fathers and Daughters', 'Reading the Winter Poem: A Teaching Guide'];
const pFoot = ['About Us', 'Contact Us', 'Newsletters', 'Press', 'Privacy Policy', 'Terms of Use', 'Poetry Mobile App'];
const pHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>The Weir in January by Marguerite Fenwick | Poetry Foundation</title>
<meta name="description" content="The water goes over the weir like a held breath">
<meta property="og:title" content="The Weir in January by Marguerite Fenwick"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"The Weir in January",
"author":{"@type":"Person","name":"Marguerite Fenwick"},"publisher":{"@type":"Organization","name":"Poetry Foundation"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"poem","poemId":"171204"});</script></head>
<body class="page-poem"><a class="skip-link" href="#mainContent">Skip to main content</a>
<header class="c-siteHeader"><a class="c-siteHeader-logo" href="/">Poetry Foundation</a><nav class="c-siteNav" aria-label="Primary">
<ul class="c-siteNav-list">${links(pNav, 'c-siteNav-item')}</ul></nav><a class="c-btn c-btn_search" href="/search">Search</a></header>
<main id="mainContent"><div class="c-assetStack"><article class="c-feature"><div class="c-feature-hd">
<h1 class="c-hdgSans c-hdgSans_2 c-mix-hdgSans_inline">The Weir in January</h1>
<span class="c-txt c-txt_attribution">By <a href="/poets/marguerite-fenwick">Marguerite Fenwick</a></span></div>
<div class="c-feature-bd"><div class="o-poem">
${pStanzas.map((s) => s.map((l) => `<div style="text-indent: -1em; padding-left: 1em;">${l}</div>`).join('\n')).join('\n<div>&nbsp;</div>\n')}
</div></div><div class="c-feature-sub c-feature-sub_vast"><div class="c-txt c-txt_note c-txt_note_mini">
<span class="c-txt_note-label">Source:</span> <span><em>Poetry</em> (January 2024)</span></div></div>
<div class="c-socialBlocks"><ul class="c-socialBlocks-list"><li><a href="#" class="c-socialBlocks-link">Share on Facebook</a></li>
<li><a href="#" class="c-socialBlocks-link">Share on X</a></li><li><a href="#" class="c-socialBlocks-link">Email this poem</a></li>
<li><button class="c-socialBlocks-link js-print">Print</button></li></ul></div></article>
<aside class="c-assetStack-media"><div class="c-bio"><h2 class="c-hdgSans c-hdgSans_4">Marguerite Fenwick</h2>
<p class="c-bio-txt">Marguerite Fenwick grew up on a sheep farm above the Arlow valley and taught school for thirty years. Her third collection,
<em>Low Water</em>, was published in 2022.</p><a class="c-bio-link" href="/poets/marguerite-fenwick">More About This Poet</a></div>
<div class="c-block"><h3 class="c-hdgSans c-hdgSans_5">More Poems by Marguerite Fenwick</h3><ul>${links(pMore, 'c-vList-item')}</ul></div>
<div class="c-block"><h3 class="c-hdgSans c-hdgSans_5">Related Content</h3><ul>${links(pRelated, 'c-vList-item')}</ul></div></aside></div>
<section class="c-newsletter"><h2>Poems in your inbox</h2><p>Sign up for Poem of the Day and get a new poem every morning.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"><button type="submit">Subscribe</button></form></section></main>
<footer class="c-siteFooter"><ul>${links(pFoot)}</ul><p class="c-siteFooter-legal">© 2026 Poetry Foundation. All rights reserved.</p></footer>
<div id="cookie-consent" class="c-cookieBanner" role="dialog"><p>We use cookies to understand how readers use our site and to improve it.</p>
<button class="c-btn">Accept</button><button class="c-btn c-btn_secondary">Manage preferences</button></div></body></html>`;
const poem: TestPage = {
  name: 'heldout356-poetry-foundation-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: pLines,
  bylines: ['By Marguerite Fenwick'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Poetry Foundation', ...pNav, 'Search', 'Source: Poetry (January 2024)', 'Share on Facebook', 'Share on X', 'Email this poem',
    'Print',
    j('Marguerite Fenwick grew up on a sheep farm above the Arlow valley and taught school for thirty years. Her third collection,',
      'Low Water, was published in 2022.'),
    'More About This Poet', 'More Poems by Marguerite Fenwick', ...pMore, 'Related Content', ...pRelated, 'Poems in your inbox',
    'Sign up for Poem of the Day and get a new poem every morning.', 'Email address', 'Subscribe', ...pFoot, '© 2026 Poetry Foundation. All rights reserved.',
    'We use cookies to understand how readers use our site and to improve it.', 'Accept', 'Manage preferences',
  ],
};

const tTitle = 'Letter from Agnes Rothwell to Edmund Hale, 14 March 1862';
const tBody = [
  'Ravensholme, 14 March 1862',
  'My dear Edmund,',
  j(
    'Your parcel came on Tuesday by the carrier, and I have been three days reading it, which is two days longer than you will',
    'think it deserved and a good deal shorter than it did. I will not pretend I agree with all of it. You are too hard on the',
    'Society, who are at least trying, and too soft on Mr Lattimer, who is not.',
  ),
  j(
    'But the chapter on the mill children is the best thing you have written, and I read it aloud to Father after supper. He said',
    'nothing for a long while, and then he said that he had known the Cardew mill forty years and had never once gone inside it,',
    'and that he would go on Monday. He went. He came back very quiet and has written twice since to the inspector.',
  ),
  j(
    'So you see your book has done some good already, though it is not yet a book, and though you say in your letter that',
    'nobody will print it. Somebody will. If Whitcombe will not, try the Northern Press; Mr Ibbotson there owes Father a kindness',
    'over the matter of the chapel roof, and I am not above reminding him of it.',
  ),
  j(
    'The snow is off the tops at last and the becks are roaring. I walked to the Scar yesterday and found the first',
    'coltsfoot under the wall, which I send you pressed in this letter, so that you may know spring is coming even to',
    'your garret.',
  ),
  j(
    'Of the news here there is little. Aunt Prudence has had the chimney swept and quarrelled with the sweep, the new curate',
    'preaches too long and too softly, and the Misses Dyson have taken in a lodger who is said to be a geologist, though',
    'nobody has yet seen him with a hammer. I will report further when I have evidence.',
  ),
  'Write soon, and do not work by candle after midnight, whatever you tell me you do.',
  'Ever your affectionate friend,',
  'Agnes Rothwell',
];
const tNote1 = 'The Society for the Relief of Factory Children, founded at Holmfirth in 1858.';
const tNote2 = 'The pressed flower survives, loose, between ff. 2 and 3 of the manuscript.';
const tBread = ['Start', 'All letters', '1862–1863', 'Rothwell to Hale, 14 March'];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Letter from Agnes Rothwell to Edmund Hale, 14 March 1862 · The Rothwell Letters</title>
<meta name="description" content="Digital scholarly edition of the correspondence of Agnes Rothwell (1838–1911)">
<link rel="stylesheet" href="resources/css/theme.css">
<script type="module" src="https://cdn.jsdelivr.net/npm/@teipublisher/pb-components@2.21.0/dist/pb-components-bundle.js">
</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"Letter from Agnes Rothwell to Edmund
Hale","dateCreated":"1862-03-14","editor":{"@type":"Person","name":"Dr Niamh Colley"}}</script></head>
<body><pb-page data-template="pages:pb-page" unresolved="unresolved" locales="resources/i18n/{{ns}}/{{lng}}.json" api-version="1.0.0">
<app-drawer-layout force-narrow="force-narrow"><app-header-layout><app-header slot="header" reveals="reveals" fixed="fixed" effects="waterfall">
<app-toolbar class="menubar"><a href="index.html" class="logo">The Rothwell Letters</a><pb-navbar><a href="letters.html">Letters</a>
<a href="people.html">People</a><a href="places.html">Places</a><a href="about.html">About the edition</a></pb-navbar>
<pb-search action="search.html" place-holder="Search the letters"></pb-search><pb-login id="login">Login</pb-login></app-toolbar>
<app-toolbar class="toolbar"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(tBread, 'crumb')}</ol></nav>
<pb-navigation emit="transcription" keyboard="left" subscribe="transcription" direction="backward" unit="page">Previous letter</pb-navigation>
<pb-navigation emit="transcription" keyboard="right" subscribe="transcription" direction="forward" unit="page">Next letter</pb-navigation>
</app-toolbar></app-header>
<main class="content-body"><aside class="metadata"><h3>About this letter</h3><dl><dt>Sender</dt><dd>Agnes Rothwell</dd><dt>Recipient</dt>
<dd>Edmund Hale</dd><dt>Repository</dt><dd>Calder Valley Archives, RW/2/114</dd></dl>
<p class="editor">Edited by Dr Niamh Colley</p><p class="revision">Last revised 9 January 2026</p></aside>
<pb-view id="view1" src="document1" subscribe="transcription" emit="transcription" view="div"><div class="tei-text">
<h1 class="tei-head">${tTitle}</h1><div class="tei-div tei-letter">
<div class="tei-opener"><span class="tei-dateline">${tBody[0] ?? ''}</span>
<p class="tei-salute">${tBody[1] ?? ''}</p></div>
<p class="tei-p">${tBody[2] ?? ''}<pb-popover class="tei-note"><span slot="default" class="note-marker">1</span><template slot="alternate">${tNote1}
</template></pb-popover></p>
${[3, 4].map((i) => `<p class="tei-p">${tBody[i] ?? ''}</p>`).join('\n')}
<p class="tei-p">${tBody[5] ?? ''}<pb-popover class="tei-note"><span slot="default" class="note-marker">2</span><template slot="alternate">${tNote2}
</template></pb-popover></p>
${[6, 7].map((i) => `<p class="tei-p">${tBody[i] ?? ''}</p>`).join('\n')}
<div class="tei-closer"><p class="tei-salute">${tBody[8] ?? ''}</p><p class="tei-signed">${tBody[9] ?? ''}</p></div></div></div></pb-view>
<section class="facsimile"><pb-facsimile base-uri="https://iiif.rothwell-letters.example/iiif/2/" type="iiif"></pb-facsimile>
<p class="facs-caption">Fol. 1r. Calder Valley Archives, RW/2/114. Image © Calder Valley Archives, reproduced by permission.</p></section>
<section class="cite"><h3>Cite as</h3><p>Agnes Rothwell to Edmund Hale, 14 March 1862, in <em>The Rothwell Letters</em>, ed. Niamh Colley
(2026), letter RW114.</p></section></main></app-header-layout></app-drawer-layout>
<footer class="project-footer"><p>The Rothwell Letters is published under a CC BY 4.0 licence. Built with TEI Publisher.</p>
<p>Funded by the Pennine Heritage Research Trust.</p></footer></pb-page></body></html>`;
const teiLetter: TestPage = {
  name: 'heldout356-tei-publisher-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: ['Edited by Dr Niamh Colley', 'Last revised 9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Rothwell Letters', 'Letters', 'People', 'Places', 'About the edition', 'Login', ...tBread, 'Previous letter', 'Next letter', 'About this letter',
    'Sender', 'Recipient', 'Repository', 'Calder Valley Archives, RW/2/114', tNote1, tNote2,
    'Fol. 1r. Calder Valley Archives, RW/2/114. Image © Calder Valley Archives, reproduced by permission.', 'Cite as',
    'Agnes Rothwell to Edmund Hale, 14 March 1862, in The Rothwell Letters, ed. Niamh Colley (2026), letter RW114.',
    'The Rothwell Letters is published under a CC BY 4.0 licence. Built with TEI Publisher.', 'Funded by the Pennine Heritage Research Trust.',
  ],
};

export const HELDOUT356_C: readonly TestPage[] = [poem, teiLetter];
