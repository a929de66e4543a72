import { links, ps, type TestPage, texts } from './page-kit.js';
import { magazineEssay } from './pages-heldout337-f2.js';
import { j, lis } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file f: an Open Library-style edition page (the site header with the "My Books" and "Browse"
 * menus and the search box, the beta banner, the cover column with Borrow / Want to Read / "Check nearby libraries",
 * the work menu tabs, the edition byline and publish line, the star rating and reading-log counts, the description,
 * "Book Details" with Edition Notes, Table of Contents, The Physical Object and ID Numbers, subjects, community reviews,
 * the lists sidebar and the footer) and, from file f2, a literary magazine's essay on a classic, built with Next.js.
 */
const oTitle = 'The Fenwick Inheritance';
const oDesc = [
  j(
    'First published in monthly parts in 1871, <i>The Fenwick Inheritance</i> is Eliza Harrowgate’s longest and most',
    'ambitious novel. When the mill owner Josiah Fenwick dies leaving a will that nobody can interpret, his niece Dorcas is',
    'left to manage a household, a failing mill and three cousins who each believe the estate is theirs.',
  ),
  j(
    'Told partly through the letters of the family solicitor, Mr Pennock, whose confident misreadings of every situation',
    'provide much of the book’s comedy, the novel is at once a satire of Victorian inheritance law and a portrait of a young',
    'woman’s slow, patient claim to a life of her own.',
  ),
  j(
    'This edition restores the chapter divisions of the original serial and includes the author’s preface to the first',
    'one-volume edition, a chronology of Harrowgate’s life, explanatory notes and an introduction by Selina Okafor.',
  ),
];
const oToc = [
  'Introduction',
  'Note on the Text',
  'Preface to the One-Volume Edition',
  'Book the First: The Will',
  'Book the Second: The Cousins',
  'Book the Third: Mr Pennock’s Letters',
  'Book the Fourth: The Mill',
  'Explanatory Notes',
];
const oMenu = ['My Books', 'Browse', 'Subjects', 'Trending', 'Library Explorer', 'Lists', 'Collections'];
const oTabs = ['Overview', 'View 14 Editions', 'Details', 'Reviews', 'Lists', 'Related Books'];
const oMeta: readonly (readonly [string, string])[] = [
  ['Publish Date', '2019'],
  ['Publisher', 'Calder Classics'],
  ['Language', 'English'],
  ['Pages', '842'],
];
const oNotes: readonly (readonly [string, string])[] = [
  ['Series', 'Calder Classics'],
  ['Classifications', 'Dewey Decimal Class 823/.8'],
  ['Format', 'Paperback'],
  ['Dimensions', '19.8 x 12.9 x 4.1 centimeters'],
  ['ISBN 13', '9780199831046'],
];
const oSubjects = ['Inheritance and succession', 'Fiction', 'Mills and mill-work', 'Yorkshire (England)', 'Domestic fiction'];
const oLists = ['Victorian novels to reread', 'Serial fiction 1860-1880', 'My Calder Classics'];
const oFoot = ['Vision', 'Volunteer', 'Partner With Us', 'Careers', 'Blog', 'Terms of Service', 'Donate', 'Help Center', 'Report A Problem'];
const oHtml = `<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta charset="utf-8">
<title>The Fenwick Inheritance by Eliza Harrowgate | Open Catalogue</title><meta name="description" content="The Fenwick Inheritance by Eliza Harrowgate, 2019,
Calder Classics edition, in English">
<meta property="og:title" content="The Fenwick Inheritance"><meta property="og:type" content="books.book"><link rel="canonical"
href="https://opencatalogue.example/books/OL44102873M">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"The Fenwick Inheritance","author":{"@type":"Person","name":"Eliza
Harrowgate"},
"isbn":"9780199831046","numberOfPages":842,"publisher":{"@type":"Organization","name":"Calder Classics"},"datePublished":"2019"}</script>
<link href="/static/build/css/page-book.css?v=8f2a" rel="stylesheet" type="text/css"><script>window.ol =
{"edition_key":"/books/OL44102873M","logged_in":false};</script></head>
<body class="client-js"><div id="topNotice"><div class="page-banner page-banner-black"><span>This site is in beta: tell us what you think.</span> <a
href="/feedback">Give feedback</a></div></div>
<header id="header-bar" class="header-bar"><div class="logo-component"><a href="/" title="The Open Catalogue homepage">Open Catalogue</a></div>
<ul class="navigation-component">${links(oMenu, 'navigation-item')}</ul><div class="search-component"><form class="search-bar-input" action="/search"><input
type="text"
name="q" placeholder="Search" aria-label="Search"></form></div><ul class="auth-component"><li><a href="/account/login">Log In</a></li><li><a
href="/account/create"
class="btn primary">Sign Up</a></li></ul></header>
<div id="test-body-mobile"><div class="workDetails"><div class="editionCover"><img itemprop="image"
src="https://covers.opencatalogue.example/b/id/13390211-M.jpg"
alt="Cover of: The Fenwick Inheritance by Eliza Harrowgate"></div><div class="cta-button-group"><a class="cta-btn cta-btn--available"
href="/borrow/ia/fenwick">Borrow</a><button
class="cta-btn cta-btn--shell">Want to Read</button><a class="cta-btn cta-btn--shell" href="#worldcat">Check nearby libraries</a></div>
<ul class="work-menu">${links(oTabs, 'work-menu__item')}</ul><div class="work-title-and-author desktop"><h1 class="work-title" itemprop="name">${oTitle}</h1>
<h2 class="edition-byline">by <a href="/authors/OL1208834A/Eliza_Harrowgate" itemprop="author">Eliza Harrowgate</a></h2></div>
<div class="readers-stats" itemprop="aggregateRating"><span class="readers-stats__review-count">4.2 (31 ratings)</span> <ul class="readers-stats__list"><li>212
Want to
read</li><li>18 Currently reading</li><li>96 Have read</li></ul></div>
<div class="edition-omniline"><dl>${oMeta.map(([k, v]) => `<div class="edition-omniline-item"><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl></div>
<div class="book-description"><div class="read-more__content markdown-content">${ps(oDesc)}</div><a class="read-more__toggle" href="#">Read more</a></div>
<div class="section"><h2 class="details-title">Book Details</h2><h3 class="list-header collapse">Edition Notes</h3><dl class="meta">
${oNotes.map(([k, v]) => `<dt>${k}</dt><dd class="object">${v}</dd>`).join('\n')}</dl>
<h3 class="list-header">Table of Contents</h3><ul class="table-of-contents">${lis(oToc, 'toc__entry')}</ul>
<h3 class="list-header">Subjects</h3><span class="clamp"><span>${oSubjects
  .map(
    (s) => `<a
href="/subjects/${s.length}">${s}</a>`,
  )
  .join(', ')}</span></span></div>
<div class="section"><h2 class="details-title">Community Reviews (0)</h2><p class="review-empty">No community reviews have been submitted for this
work.</p></div>
</div><div class="workFooter"><h2 class="home-h2">Lists</h2><p>This edition is on 3 lists.</p><ul class="lists">${links(oLists)}</ul></div>
<p class="history"><a href="/books/OL44102873M?m=history">History</a> · Created April 1, 2019 · 4 revisions</p></div>
<footer><div id="footer-content"><ul class="footer-links">${links(oFoot)}</ul><p class="footer-credits">Open Catalogue is a project of the Lantern
Archive, a non-profit library.</p></div></footer></body></html>`;

const openlibrary: TestPage = {
  name: 'heldout337-openlibrary-edition-page-wiki',
  kind: 'wiki',
  html: oHtml,
  title: oTitle,
  headings: ['Table of Contents'],
  body: [...texts(oDesc), ...oToc],
  bylines: ['by Eliza Harrowgate'],
  furniture: [
    'This site is in beta: tell us what you think.',
    'Give feedback',
    'Open Catalogue',
    ...oMenu.filter((m) => m !== 'Lists'),
    'Log In',
    'Sign Up',
    'Borrow',
    'Want to Read',
    'Check nearby libraries',
    ...oTabs,
    '4.2 (31 ratings)',
    '212 Want to read',
    '18 Currently reading',
    '96 Have read',
    ...oMeta.flatMap(([k, v]) => [k, v]),
    'Read more',
    'Book Details',
    'Edition Notes',
    ...oNotes.flatMap(([k, v]) => [k, v]),
    'Subjects',
    ...oSubjects,
    'Community Reviews (0)',
    'No community reviews have been submitted for this work.',
    'This edition is on 3 lists.',
    ...oLists,
    'Created April 1, 2019 · 4 revisions',
    ...oFoot,
    'Open Catalogue is a project of the Lantern Archive, a non-profit library.',
  ],
};

export const HELDOUT337_F: readonly TestPage[] = [openlibrary, magazineEssay];
