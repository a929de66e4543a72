import { links, ps, type TestPage, texts } from './page-kit.js';
import { latimesStory } from './pages-heldout124-f2.js';

/**
 * Held-out batch 124, file f: an Independent (UK) story (the edition switch and top bar, the header nav with "Subscribe"
 * and "Log in", the breadcrumb, headline and h2 standfirst, the author block with role and time, the bookmark and comments
 * links, the "Help us keep our reporting free" appeal box between the standfirst and the first paragraph, the lead image
 * with caption and agency credit, body paragraphs with an inline newsletter sign-up box, a "Read more" aside and ad
 * labels, a subhead with a list, "More about" tags, the commenting forum teaser, the "Most popular" rail and the footer)
 * and, from file f2, a Los Angeles Times story.
 */
const inTitle = 'Councils to be ranked on pothole repairs under new league tables';
const inStand =
  'Every highway authority in England will have to publish how long it takes to fix reported potholes, with the worst performers facing government inspection';
const inP1 = [
  'Councils in England will be ranked on how quickly they repair potholes under plans announced by the government on Tuesday, ' +
    'with authorities that fall behind facing inspections and the loss of part of their road maintenance funding.',
  'From April, every highway authority will have to publish the average time it takes to repair a pothole after it is reported, ' +
    'along with the share of its roads in poor condition and how much of its maintenance budget it has spent.',
  'The figures will be combined into a national league table, updated every three months, which the Department for Transport ' +
    'says will let drivers see “at a glance” how their local roads compare.',
  'Transport secretary Helena Marsh said: “Every driver knows the jolt of hitting a pothole, and too many have paid for a new tyre ' +
    'or a wheel alignment because of it. People deserve to know whether their council is fixing the problem or falling behind.”',
];
const inH1 = 'What the league tables will measure';
const inP2 = ['According to guidance published alongside the announcement, councils will be rated on:'];
const inList = [
  'the average number of days between a pothole being reported and repaired',
  'the proportion of A roads and minor roads classed as in poor condition',
  'the share of their maintenance funding spent on preventive work such as resurfacing',
  'how many compensation claims they receive from drivers and cyclists',
];
const inP3 = [
  'Councils in the bottom tenth of the table for two quarters in a row will be visited by inspectors from the department, who can ' +
    'require an improvement plan. Those that fail to improve could have up to a quarter of their maintenance grant withheld until ' +
    'they do.',
  'The Local Government Association said councils shared drivers’ frustration but warned that rankings would not fill a repair ' +
    'backlog it estimates at £16bn.',
  '“League tables do not lay tarmac,” said Cllr Bernadette Okoro, who chairs the association’s transport board. “Councils need ' +
    'long-term funding they can plan around, not another set of targets.”',
  'The RAC Foundation welcomed greater transparency but said comparisons between rural and urban authorities should take ' +
    'account of the length of their road networks and the amount of heavy traffic they carry.',
  'Motoring groups have long complained about the state of England’s local roads. A survey by the Asphalt Industry Alliance ' +
    'this year found that one in five local roads needed major repairs within five years.',
];
const inAppeal = [
  'Help us keep our reporting free',
  'Our journalism is open to everyone, with no paywall. Your support helps us keep it that way.',
  'Support now',
];
const inCaption = 'A pothole on a residential street. Councils will be ranked on how quickly they repair them';
const inCredit = '(PA Wire)';
const inNews = [
  'Sign up for our free Inside Politics email for the latest news from Westminster',
  'Email*',
  'SIGN UP',
  'I would like to be emailed about offers, events and updates from The Independent. Read our Privacy notice',
];
const inRead = ['Drivers paid out £1.7bn for pothole damage last year, survey finds', 'Why are Britain’s roads so bad, and who is responsible?'];
const inNav = ['News', 'Sport', 'Culture', 'Lifestyle', 'Travel', 'Premium', 'Voices', 'Climate', 'Money', 'Independent TV'];
const inTop = ['UK Edition', 'Change', 'Today’s Edition', 'Subscribe', 'Log in'];
const inCrumbs = ['News', 'UK', 'Home News'];
const inTags = ['Potholes', 'Councils', 'Roads', 'Department for Transport', 'Drivers'];
const inComments = ['Join our commenting forum', 'Join thought-provoking conversations, follow other Independent readers and see their replies', 'Comments'];
const inPopular = [
  'Met Office issues yellow warning for fog as temperatures plunge',
  'Train strike dates confirmed for December on three lines',
  'Supermarket recalls popular snack over allergy fears',
  'The seaside town named the happiest place to live in Britain',
];
const inFoot = [
  'Contact us',
  'Jobs',
  'Cookie policy',
  'Privacy notice',
  'Code of conduct and complaints',
  'Terms of use',
  'Donations terms & conditions',
  'Modern slavery act',
  'Contributors',
  'All topics',
  'Archive',
  'Install our apps',
  'Independent Advertising',
];
const inCopy = '© 2025 Independent Digital News & Media Ltd';
const inAd = '<div class="sc-11q1j4o-0 ad-container" data-mpu="true"><div class="sc-11q1j4o-1 ad-label">Advertisement</div><div class="dfp-ad"></div></div>';
const inHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Councils to be ranked on pothole repairs under new league tables | The Independent</title>
<meta name="description" content="${inStand}"><meta property="og:title" content="${inTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="Home News"><meta name="article:author_name" content="Jonah Whitfield"><meta name="robots"
content="max-image-preview:large">
<link rel="canonical" href="https://www.independent.co.uk/news/uk/home-news/pothole-league-tables-councils-england-b2858112.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${inTitle}","description":"${inStand}",
"datePublished":"2025-11-04T16:12:40.000Z","dateModified":"2025-11-04T16:12:40.000Z","author":{"@type":"Person","name":"Jonah Whitfield"},
"isAccessibleForFree":"True","publisher":{"@type":"Organization","name":"The Independent"}}</script>
<script>window.JSGlobals = {"mode":"production","article":{"id":"b2858112","premium":false,"sectionName":"Home News"}};</script>
<link rel="stylesheet" href="https://static.independent.example/static-assets/_next/static/css/article.8d3e.css"></head>
<body class="sc-1pu8ckn-0 article-page"><div id="root"><a class="sc-skip-link" href="#main">Skip to main content</a>
<div class="sc-1jt5hdb-0 top-bar"><ul>${links(inTop, 'sc-1jt5hdb-1')}</ul></div>
<header class="sc-1ycp0j4-0 site-header"><a href="https://www.independent.co.uk" class="sc-logo"><span class="visually-hidden">The Independent</span></a>
<nav class="sc-1ycp0j4-2 main-nav" aria-label="Main"><ul>${links(inNav, 'sc-1ycp0j4-3')}</ul></nav></header>
<main id="main"><article id="articleContent" class="sc-1e4g1ml-0"><header id="articleHeader" class="sc-1e4g1ml-1">
<nav aria-label="Breadcrumb" class="sc-16q2ou9-0"><ol>${inCrumbs
  .map(
    (t) => `<li><a
href="/news/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`,
  )
  .join('')}</ol></nav>
<h1 class="sc-1oevm1p-0 headline">${inTitle}</h1><h2 class="sc-1oevm1p-1 standfirst">${inStand}</h2>
<div class="sc-1n7elv1-0 author-block"><div class="sc-1n7elv1-1"><a href="https://www.independent.co.uk/author/jonah-whitfield"
class="sc-1n7elv1-2 author-name">Jonah Whitfield</a>
<span class="sc-1n7elv1-3 author-role">Transport Correspondent</span></div><div class="sc-1n7elv1-4"><time
datetime="2025-11-04T16:12:40.000Z">Tuesday 04 November 2025 16:12 GMT</time>
</div><div class="sc-1n7elv1-5 article-actions"><button class="sc-bookmark" aria-label="Bookmark">Bookmark</button><a href="#comments-area"
class="sc-comments-link">
<span>Comments</span></a></div></div></header>
<div class="sc-appeal-box" data-testid="support-appeal"><h3 class="sc-appeal-title">${inAppeal[0]}</h3><p>${inAppeal[1]}</p>
<a class="sc-appeal-button" href="https://support.independent.co.uk/">${inAppeal[2]}</a></div>
<figure class="sc-1ncx9m1-0 lead-image"><img alt="Pothole" src="https://static.independent.example/2025/11/04/16/pothole.jpg?width=1200&amp;auto=webp"
width="1200" height="800">
<figcaption class="sc-1ncx9m1-1"><span>${inCaption}</span> <span class="sc-1ncx9m1-2 credit">${inCredit}</span></figcaption></figure>
<div id="main-body" class="sc-1tw5ko3-0 article-body" data-article-body="true">
${ps(inP1.slice(0, 2))}
<div class="sc-newsletter-inline" data-newsletter="inside-politics"><h3 class="sc-newsletter-title">${inNews[0]}</h3><form><label
for="nl-email">${inNews[1]}</label>
<input id="nl-email" type="email"><button type="submit">${inNews[2]}</button><p class="sc-newsletter-consent">${inNews[3]}</p></form></div>
${ps(inP1.slice(2))}
${inAd}
<aside class="sc-readmore inline-readmore"><p class="sc-readmore-label">Read more</p><ul>${links(inRead, 'sc-readmore-item')}</ul></aside>
<h2>${inH1}</h2>
${ps(inP2)}
<ul>${inList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(inP3.slice(0, 3))}
${inAd}
${ps(inP3.slice(3))}
</div><div class="sc-topic-tags"><p class="sc-topic-tags-label">More about</p><ul>${links(inTags, 'sc-topic-tag')}</ul></div>
<section id="comments-area" class="sc-comments"><h2 class="sc-comments-title">${inComments[0]}</h2><p>${inComments[1]}</p>
<button class="sc-comments-button">${inComments[2]}</button></section></article>
<aside class="sc-sidebar"><h2 class="sc-most-popular-title">Most popular</h2><ol>${inPopular
  .map(
    (t) => `<li><a><h3
class="sc-card-title">${t}</h3></a></li>`,
  )
  .join('\n')}
</ol></aside></main>
<footer class="sc-footer"><ul>${links(inFoot, 'sc-footer-item')}</ul><p class="sc-footer-copyright">${inCopy}</p></footer></div>
<script src="https://static.independent.example/static-assets/_next/static/chunks/pages/article-4e1d.js" defer></script></body></html>`;
const independentStory: TestPage = {
  name: 'heldout124-independent-news',
  kind: 'news',
  html: inHtml,
  // the h2 standfirst is body; the support appeal box between standfirst and text, the inline newsletter box, the "Read more"
  // aside, caption and credit, ad labels, tags, comments teaser and rails are furniture; author name, role and time are bylines
  title: inTitle,
  headings: [inH1],
  body: texts([inStand, ...inP1, ...inP2, ...inList, ...inP3]),
  bylines: ['Jonah Whitfield', 'Transport Correspondent', 'Tuesday 04 November 2025 16:12 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...inTop, 'The Independent', ...inNav, 'UK', 'Home News', 'Bookmark', ...inAppeal, inCaption, inCredit, ...inNews,
    'Advertisement', 'Read more', ...inRead, 'More about', ...inTags, ...inComments, 'Most popular', ...inPopular, ...inFoot, inCopy,
  ])],
};

export const HELDOUT124_F: readonly TestPage[] = [independentStory, latimesStory];
