import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 63, file a2: a local news story on a US metro daily served by Arc XP (Fusion app root, Arc Themes `b-`
 * block classes, breaking-news alert bar, nav chain with "Subscribe" and "Sign In", overline, headline, subheadline, byline,
 * published and updated dates, share bar with "Gift this article", lead art with caption and credit, an inline ad, an
 * interstitial "Read more" link, a fact-box heading with a list, tags, the author bio card, "Most Read" rail, newsletter
 * signup, the metered paywall banner, the footer and the `fusion-metadata` script with the story's globalContent).
 */
const mtTitle = 'Lakeport council approves $48M plan to replace every lead water line by 2031';
const mtDek =
  'The plan would replace about 11,400 lead service lines at no cost to homeowners, but only if the city wins a low-interest ' +
  'state loan it has not yet been granted.';
const mtBody1 = [
  'The Lakeport City Council voted 9-2 on Wednesday night to spend $48 million replacing every remaining lead water service line ' +
    'in the city by the end of 2031, four years sooner than the deadline set by federal rules.',
  'The plan, championed by Mayor Teresa Gallardo since her re-election campaign last spring, would cover the full cost of ' +
    'replacing the pipe that runs from the water main to a home’s meter, including the section on private property that ' +
    'homeowners have historically been asked to pay for.',
  '“Nobody should have to choose between a mortgage payment and safe water for their kids,” Gallardo said after the vote. ' +
    '“Tonight we decided they won’t have to.”',
  'City engineers estimate there are about 11,400 lead lines left in Lakeport, most of them in homes built before 1940 in the ' +
    'Northside, Millbrook and Eastlake neighborhoods. Crews replaced 1,850 last year, a pace that would have taken more than six ' +
    'years to finish the job.',
];
const mtBody2 = [
  'The two council members who voted no, Gregory Haines and Lorraine Beck, said they supported replacing the lines but worried ' +
    'about the financing. Roughly $31 million of the cost depends on a loan from the state’s drinking water revolving fund that ' +
    'the city has applied for but not yet received.',
  '“If that loan doesn’t come through, we’re looking at a rate increase for every water customer in the city,” Haines said. ' +
    '“I want to get the lead out as badly as anyone, but I’m not going to vote for a plan with a $31 million hole in it.”',
  'Public Works Director Samuel Okafor told the council the city expected a decision on the loan by March and that work already ' +
    'scheduled for 2026 would go ahead either way.',
];
const mtH = 'What homeowners need to know';
const mtList = [
  'The city will contact every household with a known or suspected lead line by mail before work begins on their block.',
  'Homeowners must sign a consent form allowing crews onto private property. Paper forms are also available at City Hall.',
  'Replacement usually takes one day, and water is typically shut off for four to six hours.',
  'Residents can check whether their address has a lead line on the city’s online service line map.',
];
const mtBody3 = [
  'Residents who have paid to replace their own lead line since January 2023 may be eligible for partial reimbursement, Okafor ' +
    'said. Details of that program are expected early next year.',
];
const mtCaption = 'A crew replaces a lead service line on Hollis Avenue in Lakeport on Oct. 21, 2025.';
const mtCredit = '(Janelle Ortiz/Lakeport Tribune)';
const mtReadMore = 'Lead pipes still serve 1 in 8 Lakeport homes. Here’s where they are.';
const mtNav = ['Local', 'Politics', 'Business', 'Sports', 'Opinion', 'Obituaries', 'E-Edition', 'Newsletters'];
const mtShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Copy link'];
const mtTags = ['Lakeport City Council', 'Water quality', 'Infrastructure', 'Teresa Gallardo'];
const mtMostRead = [
  'Eastlake bakery that survived two fires will close after 61 years',
  'Snow emergency declared; parking bans start at 9 p.m.',
  'Lakers Bay Bridge lane closures extended into December',
  'Millbrook teen wins national spelling bee on the word ‘ptarmigan’',
  'Property tax bills are rising again. Here’s how to appeal.',
];
const mtFoot = [
  'About Us',
  'Contact Us',
  'Careers',
  'Advertise',
  'Subscriber Services',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Do Not Sell or Share My Personal Information',
  'Accessibility',
];
const mtFusion =
  '{"_id":"Q5KXW3L2TBD3VGRZ7Y4N","type":"story","canonical_url":"/news/local/2025/11/12/lakeport-lead-pipe-plan/",' +
  `"headlines":{"basic":"${mtTitle}"},"subheadlines":{"basic":"${mtDek}"},"credits":{"by":[{"name":"Marcus Ellery"},` +
  '{"name":"Dana Whitcomb"}]},"content_elements":[{"type":"text","_id":"T4V6","content":"' +
  `${mtBody1[0]}"},{"type":"text","_id":"T4V7","content":"The plan, championed by Mayor Teresa Gallardo ..."}]}`;
const arcAd = (id: string): string =>
  `<div class="arcad-feature" id="arcad-feature-${id}"><div class="advertisement-label">ADVERTISEMENT</div>
<div id="arcad_${id}" class="arcad" data-ad-name="arcad_${id}" style="min-height:250px"></div></div>`;
const mtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mtTitle} – Lakeport Tribune</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/pf/resources/dist/lakeport/css/style.css?d=612">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mtTitle}","datePublished":"2025-11-13T00:45:12Z",
"author":[{"@type":"Person","name":"Marcus Ellery"},{"@type":"Person","name":"Dana Whitcomb"}],"isAccessibleForFree":false}</script>
<script async src="https://cdn.piano.example/api/tinypass.min.js"></script></head>
<body><div id="fusion-app" class="layout-section"><div class="b-alert-bar"><a class="b-alert-bar__link" href="/news/local/2025/11/13/snow-emergency/">
<span class="b-alert-bar__label">BREAKING</span> Snow emergency declared for Thursday night; parking bans start at 9 p.m.</a>
<button class="b-alert-bar__dismiss" aria-label="Close alert"></button></div>
<header class="b-header-nav-chain"><nav aria-label="Sections Menu" class="b-header-nav-chain__nav"><button class="c-button" aria-label="Sections">
<svg viewBox="0 0 24 24"></svg><span>Sections</span></button><a class="b-header-nav-chain__logo" href="/" aria-label="Lakeport Tribune">
<img src="/pf/resources/images/lakeport/logo.svg" alt="Lakeport Tribune logo"></a><ul
class="b-header-nav-chain__links">${links(mtNav, 'b-links-bar__item')}</ul>
<div class="b-header-nav-chain__actions"><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a><a class="c-button" href="/account/login/">Sign
In</a>
</div></nav></header>
${arcAd('1762991100_top')}
<main id="main" class="b-single-chain"><article class="b-article"><div class="b-overline"><a class="b-overline__link" href="/news/local/">Local News</a></div>
<h1 class="b-headline">${mtTitle}</h1><h2 class="b-subheadline">${mtDek}</h2>
<div class="b-byline"><span class="b-byline__by">By</span> <a class="b-byline__name" href="/people/marcus-ellery/">Marcus Ellery</a>
<span>and</span> <a class="b-byline__name" href="/people/dana-whitcomb/">Dana Whitcomb</a></div>
<div class="b-date"><time class="b-date__published" datetime="2025-11-13T00:45:12Z">Published November 12, 2025 at 6:45 PM CST</time>
<time class="b-date__updated" datetime="2025-11-13T15:02:40Z">Updated November 13, 2025 at 9:02 AM CST</time></div>
<div class="b-share-bar">${mtShare
  .map(
    (t) => `<button class="b-share-bar__button" aria-label="${t}"><svg viewBox="0 0 24 24"></svg><span
class="sr-only">${t}</span></button>`,
  )
  .join('')}
<button class="b-share-bar__gift c-button"><span>Gift this article</span></button></div>
<figure class="b-lead-art c-media-item"><img src="https://www.lakeporttribune.example/resizer/v2/NSLR4.jpg?auth=8c1e&amp;width=1200" alt=""
width="1200" height="800"><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${mtCaption}</span>
<span class="c-media-item__credit">${mtCredit}</span></figcaption></figure>
<div class="b-article-body">
${mtBody1.map((p) => `<p class="c-paragraph">${p}</p>`).join('\n')}
${arcAd('1762991100_mid1')}
<p class="c-paragraph b-interstitial-link"><strong>Read more:</strong> <a href="/news/local/2025/06/02/lead-pipes-map/">${mtReadMore}</a></p>
${mtBody2.map((p) => `<p class="c-paragraph">${p}</p>`).join('\n')}
<h2 class="c-heading b-header">${mtH}</h2><ul class="c-list">${mtList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mtBody3.map((p) => `<p class="c-paragraph">${p}</p>`).join('\n')}
</div><div class="b-tags"><span class="b-tags__label">Related topics</span><ul>${links(mtTags, 'c-tag')}</ul></div>
<div class="b-author-bio"><img src="/pf/resources/images/authors/ellery.jpg" alt=""><div><a href="/people/marcus-ellery/" class="b-author-bio__name">Marcus
Ellery</a>
<p class="b-author-bio__text">Marcus Ellery covers Lakeport City Hall for the Tribune. He joined the paper in 2019.</p>
<a href="mailto:mellery@lakeporttribune.example" class="b-author-bio__email">mellery@lakeporttribune.example</a></div></div></article>
<aside class="b-right-rail"><section class="b-top-table-list"><h2 class="b-top-table-list__title">Most Read</h2><ol>${links(mtMostRead)}</ol></section>
${arcAd('1762991100_rail')}
<section class="b-newsletter-signup"><h2>Get the Morning Briefing</h2><p>The day’s top Lakeport stories, in your inbox every weekday at 6 a.m.</p>
<label for="nl-email">Email address</label><input id="nl-email" type="email"><button>Sign Up</button></section></aside></main>
<div id="paywall-banner" class="tp-container-inner" role="dialog" aria-label="Subscription offer"><p>You’ve read 2 of 3 free articles this month.</p>
<p>Get unlimited access for $1 for 6 months.</p><a class="c-button" href="/subscribe/?offer=1for6">Subscribe now</a><a href="/account/login/">Already a
subscriber? Sign in</a></div>
<footer class="b-footer"><div class="b-footer__logo">Lakeport Tribune</div><ul>${links(mtFoot)}</ul>
<p class="b-footer__copyright">© 2025 Lakeport Tribune Media Co. All rights reserved.</p></footer></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="lakeport-tribune";Fusion.contextPath="/pf";
Fusion.deployment="612";Fusion.globalContent=${mtFusion};Fusion.lastModified=1763046160000;</script>
<script src="/pf/dist/engine/react.js?d=612&amp;mxId=00000000" defer></script></body></html>`;
export const metroArcStory: TestPage = {
  html: mtHtml,
  name: 'heldout63-us-metro-arc-news',
  kind: 'news',
  // the subheadline is the dek: body; the fact box's h2 is the article's one heading and its list items are body; the two
  // reporters' names and both date lines are bylines ("By" and "and" in neither); the author bio card's sentence and email
  // are furniture (a card about the writer, not the story's author line; its name repeats the byline: listed there once);
  // the alert bar, nav, "Subscribe"/"Sign In", overline, share buttons, gift button, caption and credit, ad labels (once),
  // the "Read more" interstitial with its label, tags, "Most Read", newsletter, paywall banner and footer are furniture;
  // the globalContent script repeats the headline, dek and first paragraph (script text, in neither list); the tags
  // "Lakeport City Council" and "Teresa Gallardo" are words of the body: left out
  title: mtTitle,
  headings: [mtH],
  body: [mtDek, ...texts(mtBody1), ...texts(mtBody2), ...mtList, ...texts(mtBody3)],
  bylines: ['Marcus Ellery', 'Dana Whitcomb', 'Published November 12, 2025 at 6:45 PM CST', 'Updated November 13, 2025 at 9:02 AM CST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'BREAKING', 'Snow emergency declared for Thursday night; parking bans start at 9 p.m.', 'Sections', ...mtNav, 'Subscribe', 'Sign In',
    'ADVERTISEMENT', 'Local News', ...mtShare, 'Gift this article', mtCaption, mtCredit, 'Read more:', mtReadMore, 'Related topics', 'Water quality',
    'Infrastructure', 'Marcus Ellery covers Lakeport City Hall for the Tribune. He joined the paper in 2019.', 'mellery@lakeporttribune.example',
    'Most Read', ...mtMostRead, 'Get the Morning Briefing', 'The day’s top Lakeport stories, in your inbox every weekday at 6 a.m.',
    'Email address', 'Sign Up', 'You’ve read 2 of 3 free articles this month.', 'Get unlimited access for $1 for 6 months.', 'Subscribe now',
    'Already a subscriber? Sign in', 'Lakeport Tribune', ...mtFoot, '© 2025 Lakeport Tribune Media Co. All rights reserved.',
  ],
};
