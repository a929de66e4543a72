import { links, type TestPage, texts } from './page-kit.js';
import { cbcNews } from './pages-heldout25-c2.js';

/**
 * Held-out batch 25, file c: a Sky News story (sdc-* site-component classes, skip link, masthead with "Watch Live", the
 * section nav, long and short title spans, the sub-title, author with role and "Why you can trust Sky News", the date line,
 * hidden-label share buttons, a lead image with a visually hidden "Image:" prefix and a "Pic:" credit, short one-sentence
 * paragraphs with two h3 subheads, a "Read more from Sky News:" paragraph of links inside the body, ad slots, "Related
 * Topics", the WhatsApp promo, a "More from UK" list, the privacy dialog and the footer). The CBC News story of this file is in
 * pages-heldout25-c2.ts.
 */
const skTitle = 'Hundreds of rare bats found hibernating in disused Peak District railway tunnel';
const skShort = 'Hundreds of rare bats found in old rail tunnel';
const skSub =
  'Volunteers counting bats in the old tunnel expected to find a few dozen. Instead they found one of the largest winter roosts of ' +
  'lesser horseshoe bats ever recorded in England.';
const skBody1 = [
  'More than 900 rare bats have been found hibernating in a disused railway tunnel in the Peak District, in what conservationists ' +
    'say is one of the largest winter roosts of its kind in England.',
  'The lesser horseshoe bats were discovered by volunteers from the Peak Bat Group during a routine count in the Hollins Edge ' +
    'tunnel in Derbyshire, which closed to trains in 1968.',
  'The group had expected to find around 50 bats, based on counts carried out in previous winters.',
  '"We walked in with our torches and just kept counting," said volunteer Martin Eckersley, who has surveyed the tunnel since 2011.',
  '"By the time we reached the far end, we had to sit down and check the numbers again."',
];
const skH1 = "'A real success story'";
const skBody2 = [
  'Lesser horseshoe bats are among the smallest bats in Britain, weighing about as much as a 20p coin, and were once in steep ' +
    'decline across much of the country.',
  'Numbers have recovered in parts of western England and Wales over the past two decades, but the species is still rare in the ' +
    'Peak District, which sits at the northern edge of its range.',
  'Dr Fiona Ridley, an ecologist at the University of Sheffield who was not involved in the count, said the find suggested the ' +
    'bats were spreading north as winters became milder.',
  '"It is a real success story for the species, but it also tells us the climate these animals depend on is changing quickly," she said.',
];
const skReadHead = 'Read more from Sky News:';
const skRead = ['Hedgehog numbers rise in English towns for first time in 20 years', 'Why beavers are being released into a Cornish river'];
const skH2 = 'Tunnel to stay closed';
const skBody3 = [
  'The tunnel, which is owned by the National Trust, has been sealed with a steel grille since 2019 to keep people out while the ' +
    'bats hibernate between October and April.',
  'The charity said it would now install temperature sensors inside the tunnel and keep a nearby footpath closed during the ' + 'winter months.',
  'Bats and their roosts are protected by law in the UK, and disturbing a hibernating bat can lead to an unlimited fine.',
];
const skCaption = 'Lesser horseshoe bats hang from the roof of the tunnel';
const skCredit = 'Pic: Peak Bat Group';
const skNav = ['Home', 'UK', 'Politics', 'World', 'US', 'Money', 'Climate', 'Science & Tech', 'Ents & Arts', 'Weird News', 'Videos', 'Programmes'];
const skShare = ['Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Share by email'];
const skTopics = ['Derbyshire', 'Wildlife', 'National Trust'];
const skMore = [
  'Storm warning issued for Pennines as 70mph gusts forecast',
  'Sheffield tram line to close for three weeks of repairs',
  'Record number of red kites counted in Yorkshire',
];
const skWa = 'Keep up with all the latest news from the UK and around the world by following Sky News';
const skFoot = ['About Sky News', 'About Us', 'Sky Sports', 'Contact Us', 'Accessibility', 'Terms & Conditions', 'Privacy & Cookies'];
const skFoot2 = ['Privacy Options', 'Advertise with us', 'Site Map', 'Editorial Guidelines', 'Sky News Board', '© 2025 Sky UK'];
const skPrivacy = 'We and our partners use cookies and similar technologies to store and access information on your device.';
const skP = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('\n');
const skAd = (n: number) => `<div class="sdc-site-au sdc-site-au--mpu" data-au-slot="article-inline-${n}" aria-hidden="true"></div>`;
const skHtml = `<!DOCTYPE html>
<html lang="en-GB" class="sdc-site"><head><meta charset="utf-8"><title>${skShort} | UK News | Sky News</title>
<meta name="description" content="${skSub}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${skTitle}","datePublished":"2025-11-18T11:24:00+00:00",
"author":{"@type":"Person","name":"Priya Calloway"},"publisher":{"@type":"Organization","name":"Sky News"}}</script>
<script>window.sdc=window.sdc||{};sdc.page={"section":"uk","articleId":"13467210","template":"story"};</script></head>
<body class="sdc-site-body"><a class="sdc-site-skip-link" href="#main">Skip to content</a>
<header class="sdc-site-header" data-component-name="sdc-site-header"><div class="sdc-site-header__masthead">
<a class="sdc-site-header__logo" href="/"><span class="u-hide-visually">Sky News - back to home</span></a>
<a class="sdc-site-header__watch-live" href="/watch-live">Watch Live</a></div>
<nav class="sdc-site-header__menu" aria-label="Main"><ul>${links(skNav, 'sdc-site-header__menu-item')}</ul></nav></header>
<main id="main" class="sdc-site-layout"><div class="sdc-article-header__wrap"><div class="sdc-article-header">
<h1 class="sdc-article-header__title"><span class="sdc-article-header__long-title">${skTitle}</span>
<span class="sdc-article-header__short-title" hidden>${skShort}</span></h1>
<p class="sdc-article-header__sub-title">${skSub}</p></div>
<div class="sdc-article-author"><p class="sdc-article-author__byline"><a class="sdc-article-author__link" href="/author/priya-calloway">Priya Calloway</a>
<span class="sdc-article-author__role">Science reporter</span> <a class="sdc-article-author__handle"
href="https://x.com/PriyaCallowaySky">@PriyaCallowaySky</a></p>
<p class="sdc-article-author__trust"><a href="/editorial-guidelines">Why you can trust Sky News</a></p></div>
<div class="sdc-article-date"><p class="sdc-article-date__date-time">Tuesday 18 November 2025 11:24, UK</p></div>
<div class="sdc-article-share"><ul>${skShare.map((t) => `<li><a href="#"><span class="u-hide-visually">${t}</span></a></li>`).join('')}</ul></div></div>
<figure class="sdc-article-image sdc-article-image--lead"><div class="sdc-article-image__wrapper">
<img class="sdc-article-image__item" src="https://e3.365dm.com/25/11/768x432/skynews-bats-tunnel_7012345.jpg" alt="Bats in the tunnel"></div>
<figcaption class="sdc-article-image__caption"><span class="u-hide-visually">Image:</span><span class="sdc-article-image__caption-text">${skCaption}.
<span class="sdc-article-image__credit">${skCredit}</span></span></figcaption></figure>
<div class="sdc-article-body sdc-article-body--story sdc-article-body--lead" data-component-name="sdc-article-body">
${skP(skBody1)}
${skAd(1)}
<h3>${skH1}</h3>
${skP(skBody2)}
<p><strong>${skReadHead}</strong><br><a href="/story/hedgehog-numbers-rise-13451122">${skRead[0]}</a><br>
<a href="/story/beavers-cornish-river-13449876">${skRead[1]}</a></p>
${skAd(2)}
<h3>${skH2}</h3>
${skP(skBody3)}
</div>
<div class="sdc-article-tags"><span class="sdc-article-tags__title">Related Topics:</span><ul>${links(skTopics, 'sdc-article-tags__item')}</ul></div>
<div class="sdc-site-component sdc-article-widget callfwd-promo"><h2 class="callfwd-promo__title">Follow Sky News on WhatsApp</h2>
<p>${skWa}</p><a class="callfwd-promo__link" href="https://whatsapp.com/channel/sky-news">Tap here</a></div>
<section class="sdc-site-tiles" data-component-name="ui-sitewide-tiles"><h2 class="sdc-site-tiles__heading">More from UK</h2>
<ul>${links(skMore, 'sdc-site-tile')}</ul></section></main>
<div class="privacy-dialog" role="dialog" aria-modal="true"><p>${skPrivacy}</p><button>Accept all</button><button>Reject all</button>
<button>Options</button></div>
<footer class="sdc-site-footer"><ul>${links(skFoot, 'sdc-site-footer__item')}</ul><ul>${links(skFoot2, 'sdc-site-footer__item')}</ul></footer>
</body></html>`;
const skyNews: TestPage = {
  html: skHtml,
  name: 'heldout25-sky-news-story',
  kind: 'news',
  // the sub-title is the story's standfirst: body; the two h3 subheads are headings (the first one a quote in single quotes, as
  // Sky sets them); the hidden short title repeats the title in fewer words (in neither list); "Priya Calloway", her role, her
  // handle and the date line are bylines; "Why you can trust Sky News" is a link under the byline: furniture; the "Read more from
  // Sky News:" paragraph sits in the body container but holds only links to other stories: furniture, with its label; the caption
  // and its "Pic:" credit (the hidden "Image:" prefix left out), share labels, "Related Topics:", the WhatsApp promo, "More from
  // UK", the privacy dialog, masthead, nav and footer are furniture
  title: skTitle,
  headings: [skH1, skH2],
  body: [skSub, ...texts(skBody1), ...texts(skBody2), ...texts(skBody3)],
  bylines: ['Priya Calloway', 'Science reporter', '@PriyaCallowaySky', 'Tuesday 18 November 2025 11:24, UK'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Sky News - back to home', 'Watch Live', ...skNav, 'Why you can trust Sky News', ...skShare, skCaption, skCredit, skReadHead,
    ...skRead, 'Related Topics:', ...skTopics, 'Follow Sky News on WhatsApp', skWa, 'Tap here', 'More from UK', ...skMore, skPrivacy, 'Accept all',
    'Reject all', 'Options', ...skFoot, ...skFoot2,
  ],
};

export const HELDOUT25_C: readonly TestPage[] = [skyNews, cbcNews];
