import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file b2: a BiblioCommons catalogue record of a county library (library header with the
 * account and "Explore" menus, the search bar, breadcrumbs back to the results, format indicator, availability and
 * "Place hold" box, the summary, the contents note, the "Additional notes", the details list, subjects, the
 * "Community activity" rail, "Similar titles" and the footer with opening hours links).
 */
const bTitle = 'The Weather Diaries: Three Centuries of Writing the Sky';
const bSummary = [
  j(
    'For three hundred years, ordinary people in these islands have kept a record of the weather: farmers and vicars, lighthouse',
    'keepers and schoolgirls, a Lancashire weaver who wrote down the wind every morning for fifty-one years. Lionel Pargeter has',
    'read more than four hundred of these diaries, most of them never published, and in this book he lets them speak.',
  ),
  j(
    'Moving season by season through the year, he traces how the diarists saw frost fairs and floods, drought summers and the',
    'great storms, and how their careful, repetitive notes became some of the most valuable evidence scientists now have for',
    'the climate of the past.',
  ),
  j(
    'Part social history, part natural history and part anthology, it is a book about paying attention, and about the strange',
    'comfort of writing down, every day, what the sky is doing.',
  ),
];
const bContents = [
  'Introduction: a habit of the sky',
  'Winter. Frost fairs and frozen ink',
  'Spring. The cuckoo and the almanac',
  'Summer. Drought years',
  'Autumn. Storm nights',
  'The weaver’s fifty-one years',
  'From diary to data',
  'Afterword: keeping your own',
];
const bNotes = ['Includes bibliographical references (pages 311-330) and index.'];
const bHeader = ['My Account', 'Explore', 'Events', 'Digital Library', 'Using the Library', 'For Kids', 'For Teens', 'Help'];
const bDetails: readonly (readonly [string, string])[] = [
  ['Publisher', 'Hexham : Brackenridge Press, 2024'],
  ['Edition', 'First edition'],
  ['Characteristics', '342 pages : illustrations, maps ; 24 cm'],
  ['ISBN', '9781916843305'],
  ['Call Number', '551.609 PARGETER'],
];
const bSubjects = ['Meteorology -- Great Britain -- History', 'Diaries', 'Climatic changes -- Great Britain -- History'];
const bSimilar = ['The Cloud Watchers’ Year', 'Frost Fair: London on Ice', 'A Field Guide to British Skies'];
const bFoot = ['Locations & Hours', 'Contact Us', 'Get a Library Card', 'Privacy Statement', 'Accessibility'];
const bHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>The Weather Diaries | Brackmoor Libraries | BiblioCommons</title>
<meta name="description" content="The Weather Diaries: Three Centuries of Writing the Sky - Pargeter, Lionel - Book - Brackmoor Libraries">
<meta property="og:type" content="book"><meta property="og:site_name" content="Brackmoor Libraries">
<link rel="canonical" href="https://brackmoor.bibliocommons.example/v2/record/S112C1804437">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Book","name":"The Weather Diaries","author":"Pargeter, Lionel",
"isbn":"9781916843305","bookFormat":"http://schema.org/Hardcover","publisher":"Brackenridge Press","datePublished":"2024"}</script>
<script>window.__BC_STATE__={"entities":{"bibs":{"S112C1804437":{"briefInfo":{"format":"BK","title":"The Weather
Diaries"}}}},"auth":{"currentUserId":null}};</script>
<link rel="stylesheet" href="https://cdn.bibliocommons.example/assets/v2/app-8c1e2.css"></head>
<body class="cp-page-bib"><div id="app"><div class="cp-skip-links"><a href="#content">Skip to main content</a></div>
<header class="cp-header" role="banner"><div class="cp-header-top"><a class="cp-header-logo" href="https://www.brackmoorlibraries.example">Brackmoor
Libraries</a>
<nav class="cp-header-nav" aria-label="Main navigation"><ul class="cp-header-nav-list">${links(bHeader, 'cp-header-nav-item')}</ul></nav></div>
<div class="cp-search-bar"><form role="search" action="/v2/search"><label class="sr-only" for="searchTerm">Search the catalogue</label>
<input id="searchTerm" type="search" placeholder="Search the catalogue"><button type="submit" class="cp-btn">Search</button></form></div></header>
<main id="content" class="cp-bib-page"><nav class="cp-bib-breadcrumb" aria-label="Breadcrumb"><a href="/v2/search?query=weather">Back to search
results</a></nav>
<div class="cp-bib-layout"><div class="cp-bib-main"><div class="cp-bib-brief-info"><div class="cp-jacket-cover"><img
src="https://secure.syndetics.example/9781916843305/MC.GIF"
alt="The Weather Diaries"></div><div class="cp-bib-title-details"><h1 class="cp-bib-title" data-test-id="bib-title"><span
class="title-content">${bTitle}</span></h1>
<div class="cp-author-link"><span class="cp-by">By</span> <a href="/v2/search?searchType=author&amp;query=Pargeter">Pargeter, Lionel</a></div>
<div class="cp-format-indicator"><span class="cp-format-icon"></span><span class="display-info-primary">Book</span> <span class="cp-publication-date">-
2024</span></div>
<div class="cp-rating-and-reviews"><span class="cp-ratings-count">Rated 4.5 out of 5 by 6 readers</span></div></div></div>
<section class="cp-bib-description" aria-labelledby="summary-heading"><h2 id="summary-heading" class="cp-section-heading">Summary</h2>
<div class="cp-bib-description-content">${ps(bSummary)}</div></section>
<section class="cp-bib-contents" aria-labelledby="contents-heading"><h2 id="contents-heading" class="cp-section-heading">Contents</h2>
<ul class="cp-contents-list">${lis(bContents, 'cp-contents-item')}</ul></section>
<section class="cp-additional-notes"><h2 class="cp-section-heading">Additional notes</h2>${ps(bNotes, ' class="cp-note"')}</section>
<section class="cp-details" aria-labelledby="details-heading"><h2 id="details-heading" class="cp-section-heading">Details</h2><dl class="cp-details-list">
${bDetails
  .map(
    ([k, v]) => `<div class="cp-details-row"><dt class="cp-details-label">${k}</dt><dd
class="cp-details-value">${v}</dd></div>`,
  )
  .join('\n')}</dl></section>
<section class="cp-subjects"><h2 class="cp-section-heading">Subjects</h2><ul>${links(bSubjects, 'cp-subject')}</ul></section></div>
<aside class="cp-bib-sidebar"><div class="cp-availability-card"><h2 class="cp-availability-heading">Availability</h2>
<p class="cp-availability-status">All copies in use</p><p class="cp-holds-info">Holds: 3 on 4 copies</p>
<button class="cp-btn cp-btn-primary cp-place-hold">Place hold</button><a class="cp-view-details" href="#availability">Where is it?</a></div>
<div class="cp-community-activity"><h2 class="cp-section-heading">Community activity</h2><ul><li>Shelved in 41 collections</li><li>Quotes (2)</li><li>Comments
(1)</li></ul></div>
<div class="cp-similar-titles"><h2 class="cp-section-heading">Similar titles</h2><ul>${links(bSimilar)}</ul></div></aside></div></main>
<footer class="cp-footer"><ul class="cp-footer-links">${links(bFoot)}</ul><p class="cp-footer-copyright">© Brackmoor Libraries. Catalogue powered by
BiblioCommons.</p></footer>
</div></body></html>`;

export const bibliocommons: TestPage = {
  name: 'heldout337-bibliocommons-catalogue-record-wiki',
  kind: 'wiki',
  html: bHtml,
  title: bTitle,
  headings: ['Summary', 'Contents', 'Additional notes'],
  body: [...texts(bSummary), ...bContents, ...bNotes],
  bylines: ['Pargeter, Lionel'],
  furniture: [
    'Skip to main content',
    'Brackmoor Libraries',
    ...bHeader,
    'Search the catalogue',
    'Back to search results',
    'Book',
    '- 2024',
    'Rated 4.5 out of 5 by 6 readers',
    'Details',
    ...bDetails.flatMap(([k, v]) => [k, v]),
    'Subjects',
    ...bSubjects,
    'Availability',
    'All copies in use',
    'Holds: 3 on 4 copies',
    'Place hold',
    'Where is it?',
    'Community activity',
    'Shelved in 41 collections',
    'Quotes (2)',
    'Comments (1)',
    'Similar titles',
    ...bSimilar,
    ...bFoot,
    '© Brackmoor Libraries. Catalogue powered by BiblioCommons.',
  ],
};
