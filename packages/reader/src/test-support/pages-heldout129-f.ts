import { links, type TestPage, texts } from './page-kit.js';
import { npr } from './pages-heldout129-f2.js';

/**
 * Held-out batch 129, file f: a HuffPost news story (the masthead with "Skip to Main Content", the edition picker, section
 * nav, "Log In" and "Support HuffPost", the eyebrow, the Title Case headline and dek, the author with title, the timestamps,
 * the share buttons, the "cli" content units with an image caption and credit, a "RELATED..." links unit and the "Support
 * HuffPost" contribution box inside the content list, "Suggest a correction" and "Submit a tip", "Go To Homepage", "Related"
 * topics, "Before You Go", "Popular in the Community" and the footer) and, from file f2, an NPR story.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const hTitle = 'Workers At A Popular Bakery Chain Say They Were Fired For Trying To Unionize';
const hDek = 'Employees at three Crumbwell Bakery cafes filed labor complaints after six organizers were let go within two weeks.';
const hP1 = paras(`
Six workers at Crumbwell Bakery who were leading a union drive at three of the chain’s cafes were fired over a two-week span last month,
according to complaints filed Monday with the National Labor Relations Board.

The workers, who had been organizing with the Bakery and Café Workers Union for about four months, say the company used minor issues — a
late clock-in, a missed cleaning checklist, a uniform violation — as pretexts to get rid of them.

“I worked there for three years and never had a single write-up,” said Jasmine Ortiz, a shift supervisor at the chain’s Riverside Avenue
location who was fired Oct. 14. “Two weeks after I signed a union card, suddenly I’m a problem employee.”

Crumbwell, which has 48 locations across four states, denied that the firings were related to the union campaign.

“We respect our employees’ right to decide whether to join a union,” a company spokesperson said in a statement to HuffPost. “Each of
these separations was based on documented performance or policy issues and was handled the same way it would have been for any other
employee.”`);
const hP2 = paras(`
The complaints allege that managers held mandatory meetings in which they warned workers that a union could lead to store closures and
cuts to scheduled hours. Under federal labor law, employers can share their views on unionization but cannot threaten workers or
retaliate against them for organizing.

Two current employees, who asked not to be named because they feared losing their jobs, told HuffPost that a regional manager visited
their cafe the week after the first firings and asked several workers whether they had been “approached by anyone from outside.”

Organizers say the campaign began in June after the company cut hours for part-time staff and changed its scheduling system so that
shifts were posted only a few days in advance. Many workers said they could no longer plan child care or second jobs.

“People weren’t asking for anything crazy,” said Malik Brennan, a baker at the chain’s Elm Street store who is still employed there. “We
wanted schedules two weeks ahead and a raise that keeps up with rent. That’s it.”`);
const hP3 = paras(`
The union filed petitions to hold elections at the three cafes on Oct. 2. Votes are scheduled for early December.

Labor law experts say firing union leaders shortly before an election is a common tactic because it can frighten remaining workers, even
if the company is eventually found to have broken the law.

“The remedy usually comes years later, and it’s typically back pay minus whatever the worker earned in the meantime,” said Teresa
Valdivia, a labor law professor at Northfield University. “By then, the campaign is often over.”

The workers are asking the labor board to seek an injunction that would require Crumbwell to reinstate them before the elections take
place.`);
const hNav = ['News', 'Politics', 'Entertainment', 'Life', 'HuffPost Personal', 'Video', 'Shopping'];
const hCaption = 'Crumbwell workers and supporters rally outside the chain’s Riverside Avenue cafe on Oct. 21.';
const hCredit = 'Courtesy of Bakery and Café Workers Union';
const hRelated = [
  'Coffee Chain Agrees To Rehire Fired Organizers In Labor Board Settlement',
  'What Happens When A Company Fires Workers For Unionizing? Not Much, Experts Say.',
];
const hSupport = [
  'Support HuffPost',
  'Our journalism is free for everyone, and we want to keep it that way. If you can, please chip in to help us keep reporting on the ' +
    'stories that matter to you.',
  'Contribute $2',
  'Contribute $5',
  'Contribute any amount',
  'Already contributed? Log in to hide these messages.',
];
const hTopics = ['Labor', 'Unions', 'Workers Rights', 'Restaurants'];
const hPopular = [
  'Grocery Chain Quietly Drops Its Price Match Promise',
  'The One Thing Flight Attendants Say You Should Never Do On A Plane',
  'Judge Tosses Lawsuit Over Viral Restaurant Review',
];
const hFoot = [
  'About Us',
  'Advertise',
  'About Our Ads',
  'Contact Us',
  'RSS',
  'FAQ',
  'Careers',
  'User Agreement',
  'Comment Policy',
  'DMCA Policy',
  'HuffPost Press Room',
  'Accessibility Statement',
  'Privacy Policy',
  'Consent Preferences',
  'Your Privacy Choices',
];
const hCli = (a: readonly string[]): string => a.map((p) => `<div class="primary-cli cli cli-text " data-cli-index="x"><p>${p}</p></div>`).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crumbwell Bakery Workers Say They Were Fired For Trying To Unionize | HuffPost Latest News</title>
<meta name="description" content="${hDek}"><meta property="og:title" content="${hTitle}"><meta property="og:site_name" content="HuffPost">
<link rel="canonical" href="https://www.huffpost.example/entry/crumbwell-bakery-union-firings_n_6728f0a1e4b0c1a2b3c4d5e6">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hTitle}","datePublished":"2025-11-04T18:12:05-05:00",
"author":[{"@type":"Person","name":"Dominic Avery"}],"publisher":{"@type":"Organization","name":"HuffPost"},"articleSection":"Business"}</script>
<script>window.HP=window.HP||{};HP.params={"entryId":"6728f0a1e4b0c1a2b3c4d5e6","section":"business","edition":"us","isLive":false};</script>
<link rel="stylesheet" href="https://modulous.huffpost.example/css/entry-bundle.4f8c2a.css"></head>
<body class="entry entry--news section-business"><a class="skip-link" href="#main">Skip to Main Content</a>
<header class="masthead" role="banner"><div class="masthead__top"><button class="masthead__hamburger" aria-label="Open navigation menu"></button>
<a class="masthead__logo" href="/" aria-label="HuffPost"></a><div class="masthead__edition"><button class="edition-picker">U.S. Edition</button></div>
<div class="masthead__actions"><a class="masthead__support" href="/support/">Support HuffPost</a><a class="masthead__login" href="/login">Log In</a></div></div>
<nav class="masthead__nav" aria-label="Sections"><ul>${links(hNav, 'masthead__nav-item')}</ul></nav></header>
<main id="main" class="main"><div class="entry__header"><div class="entry-eyebrow"><a class="entry-eyebrow__link" href="/news/business">Business</a></div>
<h1 class="headline">${hTitle}</h1><div class="dek">${hDek}</div>
<div class="entry__byline"><div class="entry__byline__author"><a class="entry__byline__author__name" href="/author/dominic-avery">By Dominic Avery</a>
<span class="entry__byline__author__title">Labor Reporter, HuffPost</span></div><div class="timestamp"><time datetime="2025-11-04T18:12:05-05:00">Nov 4, 2025,
06:12 PM EST</time> <span class="timestamp__updated"><time datetime="2025-11-04T19:40:00-05:00">Updated Nov 4, 2025</time></span></div></div>
<div class="entry__share"><button class="share-btn share-btn--facebook" aria-label="Share on Facebook"></button>
<button class="share-btn share-btn--twitter" aria-label="Share on X"></button><button class="share-btn share-btn--email"
aria-label="Email"></button></div></div>
<div class="entry__content-list-container"><section class="entry__content-list js-entry-content js-cet-subunit" id="entry-body">
<div class="cli cli-image"><figure class="cli-image__figure"><img alt="${hCaption}" src="https://img.huffingtonpost.example/asset/6728f0a1.jpg?ops=1200_630">
<figcaption class="cli-image__caption">${hCaption} <span class="cli-image__credit">${hCredit}</span></figcaption></figure></div>
${hCli(hP1)}
<div class="cli cli-related-articles"><span class="cli-related-articles__title">RELATED...</span><ul class="cli-related-articles__list">
${hRelated.map((t, i) => `<li class="cli-related-articles__item"><a href="/entry/related-${i}">${t}</a></li>`).join('\n')}</ul></div>
${hCli(hP2)}
<div class="cli cli-support-huffpost"><div class="support-huffpost-box"><h3 class="support-huffpost-box__title">${hSupport[0]}</h3>
<p class="support-huffpost-box__text">${hSupport[1]}</p><div class="support-huffpost-box__buttons">
<a class="support-huffpost-box__button" href="/support/?amount=2">${hSupport[2]}</a><a class="support-huffpost-box__button"
href="/support/?amount=5">${hSupport[3]}</a>
<a class="support-huffpost-box__button" href="/support/">${hSupport[4]}</a></div><p class="support-huffpost-box__login">${hSupport[5]}</p></div></div>
${hCli(hP3)}
</section></div>
<div class="entry__footer"><div class="entry__corrections"><a href="/corrections/">Suggest a correction</a> | <a href="/contact/tips">Submit a tip</a></div>
<a class="entry__go-home" href="/">Go To Homepage</a><div class="entry__tags"><h2
class="entry__tags__title">Related</h2><ul>${links(hTopics, 'entry__tag')}</ul></div>
<section class="before-you-go"><h2 class="before-you-go__title">Before You Go</h2><div class="before-you-go__slideshow"
data-slideshow-id="aa91"></div></section>
<section class="popular-in-community"><h2 class="popular-in-community__title">Popular in the Community</h2><div id="openweb-conversation"
data-spot-id="sp_huff"></div>
</section><section class="trending-list"><h2>Trending</h2>
<ul>${hPopular.map((t, i) => `<li><a href="/entry/trending-${i}">${t}</a></li>`).join('\n')}</ul></section>
</div></main>
<footer class="footer" role="contentinfo"><a class="footer__logo" href="/" aria-label="HuffPost"></a><ul
class="footer__links">${links(hFoot, 'footer__link')}</ul>
<p class="footer__copyright">©2025 BuzzFeed, Inc. All rights reserved.</p></footer>
<script src="https://modulous.huffpost.example/js/entry-bundle.4f8c2a.js" defer></script></body></html>`;
const huffPost: TestPage = {
  html: hHtml,
  name: 'heldout129-huffpost-news-story',
  kind: 'news',
  // the dek is body; "By" with the author, and the timestamps are bylines; the author's title, eyebrow, edition picker,
  // caption and credit, the "RELATED..." unit and the "Support HuffPost" box inside the content list, correction and tip
  // links, tags, the "Before You Go", community and trending sections, nav and footer are furniture
  title: hTitle,
  headings: [],
  body: texts([hDek, ...hP1, ...hP2, ...hP3]),
  bylines: ['By Dominic Avery', 'Nov 4, 2025, 06:12 PM EST', 'Updated Nov 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'U.S. Edition', 'Log In', ...hNav, 'Labor Reporter, HuffPost', 'Business', hCaption, hCredit, 'RELATED...', ...hRelated,
    ...hSupport, 'Suggest a correction', 'Submit a tip', 'Go To Homepage', 'Related', ...hTopics, 'Before You Go', 'Popular in the Community',
    'Trending', ...hPopular, ...hFoot, '©2025 BuzzFeed, Inc. All rights reserved.',
  ],
};

export const HELDOUT129_F: readonly TestPage[] = [huffPost, npr];
