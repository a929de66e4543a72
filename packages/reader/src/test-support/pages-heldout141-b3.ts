import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file b3: a Globe and Mail politics story: the header with "Subscribe" and "Log in", the section nav,
 * the "For Subscribers" label, headline, lead photo with "Open this photo in gallery:" and credit, the byline with bureau,
 * published and updated times, "Listen to this article", the tool bar (comment count, share, bookmark with its hidden
 * log-in prompt), the body with "Story continues below advertisement" slots, an inline photo, a newsletter sign-up box in the
 * body, "Follow related authors and topics", the comments teaser, the error-report links, the rails and the footer.
 */
export const gmTitle = 'Ottawa to overhaul federal procurement rules after audit finds $1.4-billion in cost overruns';
export const gmP = paras(`
The federal government will rewrite the rules it uses to buy everything from software to snowploughs, after an internal audit
found that a quarter of large contracts awarded over the past five years ran significantly over budget.

Public Services Minister Anil Ramdeen announced the changes in Ottawa on Wednesday, saying departments would be required to
publish a cost estimate before any contract worth more than $10-million is put out to tender, and to report publicly when the
final cost exceeds that estimate by more than 15 per cent.

The audit, conducted by the department’s internal review branch and released alongside the announcement, examined 212
contracts signed between 2019 and 2024. It found that 54 of them had exceeded their original value by a combined $1.4-billion,
mostly through amendments signed after the work had begun.

“Too often, the real price of a contract was only known after we were locked in,” Mr. Ramdeen told reporters. “Canadians should
be able to see what we expected to pay and what we actually paid.”

Information technology contracts accounted for more than half of the overruns. In one case, a contract to modernize a
benefits payment system grew from $38-million to $126-million over four years through 19 separate amendments, the audit found.

The report also found that departments frequently relied on a small number of consulting firms. Five suppliers received 41 per
cent of the value of professional-services contracts reviewed, and in several cases the same firm that helped design a project
was later hired to deliver it.

Under the new rules, a firm that advises on the design of a project will be barred from bidding on its delivery for two years.
Contract amendments that increase the value by more than 25 per cent will need the sign-off of a deputy minister.

Conservative procurement critic Joelle Bissonnette said the changes did not go far enough. “The minister is promising to
publish numbers. What Canadians want is for someone to be accountable when those numbers are blown,” she said.

Sandra Kowalchuk, a professor of public management at Lakehead West University who has studied federal procurement, said
publishing cost estimates was a meaningful step but that departments would need more in-house technical staff to write realistic
ones. “If you don’t have people who understand the work, you end up relying on the vendor to tell you what it should cost,” she said.

The rules will take effect on April 1 and apply to all new contracts. Existing contracts will not be reopened, but the
department said it would review the 54 contracts flagged by the audit to determine whether any money could be recovered.
`);
export const gmNav = lines(`
Home
Canada
World
Politics
Business
Investing
Personal Finance
Opinion
Arts
Life
Sports
Drive
Real Estate
Podcasts
`);
export const gmGallery = 'Open this photo in gallery:';
export const gmCaption = 'Public Services Minister Anil Ramdeen speaks to reporters in Ottawa on Wednesday.';
export const gmCredit = 'Spencer Colby/The Canadian Press';
export const gmCaption2 = 'A snowplough at a federal maintenance yard in Gatineau, Que.';
export const gmCredit2 = 'Dave Chan/The Globe and Mail';
export const gmTools = ['Leave your comment', 'Share', 'Bookmark', 'Please log in to bookmark this story.', 'Log In', 'Create Free Account'];
export const gmNewsletter = [
  'Sign up for the Politics Briefing newsletter',
  'Your daily look at the news and analysis from Parliament Hill, written by our Ottawa bureau.',
  'Sign Up',
  'Email address',
  'You can unsubscribe at any time.',
];
export const gmFollow = [
  'Follow related authors and topics',
  'Federal Government',
  'Follow',
  'Authors and topics you follow will be added to your personal news feed in Following.',
];
export const gmComments = [
  'Interact with The Globe',
  'Welcome to The Globe and Mail’s comment community. This is a space where subscribers can engage with each other and Globe staff.',
  'Show comments',
];
export const gmErrors = ['Report an editorial error', 'Report a technical issue', 'Editorial code of conduct'];
export const gmMore = lines(`
Liberals table bill to expand dental coverage to seniors under 65
Ontario, Ottawa reach deal on transit funding for Hamilton line
Senate committee calls for review of foreign agent registry rollout
`);
export const gmTrending = lines(`
Bank of Canada holds key rate, signals cuts may be over
Opinion: The housing market has stopped listening to interest rates
Air Canada pilots vote in favour of new contract
`);
export const gmFoot = lines(`
Subscribe
Globe2Go
Newsletters
Globe Events
About us
Contact us
Careers
Help
Advertise with us
Terms & Conditions
Privacy Policy
Accessibility Policy
Disclaimer
`);
export const gmCopy = '© Copyright 2025 The Globe and Mail Inc. All rights reserved.';
const ad = (n: number): string => `<div class="c-ad c-ad--in-article" data-ad-position="inline_${n}">
<p class="c-ad__label">Story continues below advertisement</p>
<div id="ad-boxinline${n}" class="c-ad__slot" data-size="300x250,fluid"></div></div>`;
const para = (p: string): string => `<p class="c-article-body__text text-block" data-sophi-feature-interaction="text">${p}</p>`;
const photo = (cls: string, src: string, caption: string, credit: string): string => `<figure class="c-photo ${cls}">
<a class="c-photo__gallery-link" href="#gallery"><span class="c-photo__open">${gmGallery}</span>
<img alt="" src="https://www.theglobeandmail.example/resizer/v2/${src}.jpg"></a>
<figcaption class="c-photo__caption"><span class="c-photo__caption-text">${caption}</span><span class="c-photo__credit">${credit}</span></figcaption></figure>`;
const box = `<div class="c-newsletter-signup c-newsletter-signup--inline" data-newsletter="politics-briefing">
<h3 class="c-newsletter-signup__title">${gmNewsletter[0]}</h3>
<p class="c-newsletter-signup__blurb">${gmNewsletter[1]}</p><form class="c-newsletter-signup__form">
<label for="nl-email" class="u-visually-hidden">${gmNewsletter[3]}</label>
<input id="nl-email" type="email"><button type="submit" class="c-button">${gmNewsletter[2]}</button></form>
<p class="c-newsletter-signup__fine">${gmNewsletter[4]}</p></div>`;
const body = [
  ...gmP.slice(0, 3).map(para),
  ad(1),
  ...gmP.slice(3, 5).map(para),
  photo('c-photo--inline', 'PLOUGH4', gmCaption2, gmCredit2),
  ...gmP.slice(5, 7).map(para),
  box,
  ad(2),
  ...gmP.slice(7).map(para),
].join('\n');
const rail = (title: string, items: readonly string[]): string => `<section class="c-rail-list"><h2 class="c-rail-list__title">${title}</h2><ol>
${items.map((t) => `<li><a href="/politics/article-${slugify(t)}/">${t}</a></li>`).join('\n')}</ol></section>`;
export const gmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ottawa to overhaul federal procurement rules after audit finds $1.4-billion in cost overruns - The Globe and Mail</title>
<meta name="description" content="Departments will have to publish cost estimates before large contracts are put out to tender.">
<meta property="og:title" content="${gmTitle}"><meta property="og:site_name" content="The Globe and Mail"><meta name="sophi-page-type" content="article">
<link rel="canonical" href="https://www.theglobeandmail.example/politics/article-ottawa-to-overhaul-federal-procurement-rules/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gmTitle}","isAccessibleForFree":"False",
"datePublished":"2025-01-15T17:12:40.000Z","dateModified":"2025-01-15T21:03:11.000Z","author":[{"@type":"Person","name":"Marc Tessier"}],
"publisher":{"@type":"Organization","name":"The Globe and Mail"}}</script>
<link rel="stylesheet" href="/pf/resources/dist/globeandmail/css/article.css?d=2210">
<script>window.tgam={"article":{"id":"PROC7K","section":"politics","protected":true}};</script></head>
<body class="c-article-page"><div id="fusion-app"><a class="c-skip-link" href="#main-content">Skip to main content</a>
<header class="c-site-header" role="banner"><div class="c-site-header__top"><button class="c-site-header__menu" aria-label="Sections"></button>
<a class="c-site-header__logo" href="/" aria-label="The Globe and Mail"><svg role="img"></svg></a>
<div class="c-site-header__actions"><a class="c-button c-button--subscribe" href="/subscribe/">Subscribe</a>
<a class="c-site-header__login" href="/login/">Log in</a></div></div>
<nav class="c-site-header__nav" aria-label="Sections"><ul>${gmNav.map((t) => `<li><a href="/${slugify(t)}/">${t}</a></li>`).join('\n')}</ul></nav></header>
<main id="main-content" class="l-article"><article class="c-article"><header class="c-article-headline">
<div class="c-article-label"><span class="c-label c-label--subscriber">For Subscribers</span></div>
<h1 class="c-primary-title">${gmTitle}</h1></header>
${photo('c-photo--lead', 'RAMDEEN1', gmCaption, gmCredit)}
<div class="c-byline"><span class="c-byline__author"><a href="/authors/marc-tessier/">Marc Tessier</a></span>
<span class="c-byline__location">Ottawa</span><div class="c-byline__times">
<time class="c-byline__published" datetime="2025-01-15T17:12:40Z">Published January 15, 2025</time>
<time class="c-byline__updated" datetime="2025-01-15T21:03:11Z">Updated January 15, 2025</time></div></div>
<div class="c-audio-player"><button class="c-audio-player__play"><span>Listen to this article</span></button>
<span class="c-audio-player__duration">5:12</span></div>
<div class="c-article-tools"><a class="c-article-tools__comments" href="#comments">${gmTools[0]}</a>
<button class="c-article-tools__share">${gmTools[1]}</button><button class="c-article-tools__bookmark">${gmTools[2]}</button>
<div class="c-bookmark-prompt" hidden><p>${gmTools[3]}</p><a href="/login/">${gmTools[4]}</a><a href="/register/">${gmTools[5]}</a></div></div>
<section class="c-article-body" data-sophi-feature-interaction="body">
${body}
</section>
<section class="c-follow-topics"><h3 class="c-follow-topics__title">${gmFollow[0]}</h3><ul>
<li><span class="c-follow-topics__name">Marc Tessier</span><button class="c-follow-button">${gmFollow[2]}</button></li>
<li><span class="c-follow-topics__name">${gmFollow[1]}</span><button class="c-follow-button">${gmFollow[2]}</button></li></ul>
<p class="c-follow-topics__fine">${gmFollow[3]}</p></section>
<section id="comments" class="c-comments-teaser"><h3>${gmComments[0]}</h3><p>${gmComments[1]}</p><button class="c-button">${gmComments[2]}</button></section>
<ul class="c-article-footer-links">${gmErrors.map((t) => `<li><a href="/${slugify(t)}/">${t}</a></li>`).join('')}</ul></article>
<aside class="l-article__rail">${rail('More from Politics', gmMore)}${ad(3)}${rail('Trending', gmTrending)}</aside></main>
<footer class="c-site-footer"><ul>${gmFoot.map((t) => `<li><a href="/${slugify(t)}/">${esc(t)}</a></li>`).join('\n')}</ul>
<p class="c-site-footer__copyright">${gmCopy}</p></footer></div>
<script src="https://cdn.tinypass.example/api/tinypass.min.js" async></script><script src="/pf/dist/engine/react.js?d=2210" defer></script>
</body></html>`;
