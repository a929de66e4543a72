import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 116, file d2: a Sydney Morning Herald story on Nine's publishing template (the masthead with "Subscribe" and
 * "Log in", the section nav, the category label, the h1, the Save / Share / text-size tools with their hidden labels and the
 * saved-list tooltip, the lede image whose caption ends "Credit: ...", the "By" line and the time, paragraphs with
 * "Advertisement" slots and an inline "Related Article" card, the italic Morning Edition sign-up that closes the body, the
 * "License this article" link, topic tags, the author blurb, "Most Viewed in National" and the footer).
 */
const smTitle = 'Sydney’s oldest ferries to be replaced by electric fleet built in Newcastle';
const smP1 = [
  'Sydney’s ageing First Fleet-class ferries will be retired over the next four years and replaced with 12 battery-electric ' +
    'vessels built at a shipyard in Newcastle, in a $410 million deal to be announced by the state government on Monday.',
  'The new ferries, which will carry up to 400 passengers each, are due to begin service on the Mosman, Neutral Bay and Cremorne ' +
    'routes from late 2027, with the rest of the fleet arriving by 2029.',
  'Transport Minister Rhiannon Walsh said building the vessels locally was a deliberate choice after the previous government’s ' +
    'decision to buy ferries from overseas led to years of delays and costly modifications.',
  '“We have learnt the hard way what happens when you build ferries for Sydney Harbour somewhere that has never seen it,” she said. ' +
    '“These boats will be designed for our wharves, our crews and our passengers, and they will be built by workers in the Hunter.”',
];
const smP2 = [
  'The Herald understands the contract has been awarded to Hunter Marine Engineering, which will employ about 250 people at its ' +
    'Carrington yard during construction.',
  'The First Fleet-class ferries, named after the ships that arrived in 1788, have been running on the harbour since the mid-1980s. ' +
    'Engineers have warned for several years that their hulls and engines are near the end of their working lives, and two of the ' +
    'nine vessels have spent long periods out of service.',
  'Charging infrastructure will be installed at Circular Quay and at the Balmain shipyard, where the ferries will be maintained. ' +
    'Each vessel will be able to complete several return trips on a single charge and top up during the turnaround at the Quay.',
  'Transport for NSW estimates the electric fleet will cut diesel use on the inner harbour routes by about 3.5 million litres a ' +
    'year and will be significantly quieter for passengers and people living near the wharves.',
  'Opposition transport spokesman Dominic Ferris said the announcement was welcome but questioned whether the timeline was ' +
    'realistic. “Every ferry project in this state for the past decade has been late. The minister needs to explain what will ' +
    'be different this time,” he said.',
  'Maritime Union of Australia Sydney branch secretary Joanne Tuilagi said crews had been consulted on the design and welcomed ' +
    'the decision to build the ferries in NSW.',
  'The government will also spend $38 million upgrading the Mosman Bay and Cremorne Point wharves, which need modifications to ' +
    'accommodate the new vessels.',
];
const smNav = ['Sydney', 'NSW', 'National', 'World', 'Business', 'Culture', 'Lifestyle', 'Property', 'Sport', 'Opinion', 'Politics'];
const smCaption = 'A First Fleet-class ferry approaches Circular Quay. The vessels have been in service since the 1980s.';
const smCredit = 'Credit: Wolter Peeters';
const smTools = ['Save', 'Share', 'Normal text size', 'Larger text size', 'Very large text size'];
const smTip = ['Add articles to your saved list and come back to them any time.', 'Got it'];
const smRelated = 'Delays, cracks and a low bridge: the troubled history of the River-class ferries';
const smPromo =
  'Start the day with a summary of the day’s most important and interesting stories, analysis and insights. ' + 'Sign up for our Morning Edition newsletter.';
const smTags = ['Transport', 'NSW Government', 'Sydney Harbour'];
const smBio = 'Tom Haddad is the transport reporter for The Sydney Morning Herald.';
const smMost = [
  'Residents told to prepare as flood warning issued for western Sydney',
  'The suburbs where house prices fell the most in February',
  'Teacher shortage forces schools to merge classes',
  'Man charged after police chase ends on Anzac Bridge',
];
const smFoot = [
  'Subscription packages',
  'Subscriber benefits',
  'Help centre',
  'Contact us',
  'Privacy policy',
  'Terms of use',
  'Accessibility',
  'Advertise with us',
];
const smP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const smAd = (n: number): string => `<div class="adWrapper_${n} _3Vh8P" data-testid="ad"><span class="_1HZoD">Advertisement</span>
<div id="adspot-300x250-pos-${n}"></div></div>`;
const smHtml = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sydney’s oldest ferries to be replaced by electric fleet built in Newcastle</title>
<meta name="description" content="Sydney’s First Fleet-class ferries will be replaced with 12 battery-electric vessels.">
<meta property="og:title" content="${smTitle}"><meta property="og:site_name" content="The Sydney Morning Herald">
<meta name="author" content="Tom Haddad"><meta property="article:published_time" content="2025-03-02T18:00:00.000Z">
<link rel="canonical" href="https://www.smh.com.au/national/nsw/sydney-s-oldest-ferries-to-be-replaced-by-electric-fleet-20250302-p5lg7h.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${smTitle}","author":[{"@type":"Person",
"name":"Tom Haddad"}],"datePublished":"2025-03-02T18:00:00.000Z","publisher":{"@type":"Organization","name":"The Sydney Morning Herald"}}</script>
<script>window.INITIAL_STATE={"page":{"assetId":"p5lg7h","brand":"smh","section":"national/nsw"}};</script>
<script src="https://static.ffx.example/smh/js/main.9f23e1.js" defer></script></head>
<body><div id="app"><a class="_1kY3p" href="#content">Skip to content</a>
<header class="_2vLmE" data-testid="header"><a href="/" aria-label="The Sydney Morning Herald"><svg class="_3Ea4n"></svg></a>
<nav data-testid="nav" aria-label="Main"><ul>${links(smNav, '_1Tj4g')}</ul></nav><div class="_2d5Hv"><a href="/subscribe">Subscribe</a>
<a href="/login">Log in</a></div></header>
<main id="content" class="_1DGV-"><article class="_2Jc8X" itemscope itemtype="http://schema.org/NewsArticle">
<header class="_3jZ9T"><a data-testid="category-label" class="_2fPe7" href="/national/nsw">NSW</a>
<h1 data-testid="headline" itemprop="headline" class="_2S6f3">${smTitle}</h1>
<div class="_1g8Gj" data-testid="article-tools"><button data-testid="save-button" class="_3f5lm"><span>${smTools[0]}</span></button>
<div class="_2v9Xq" role="tooltip" hidden><p>${smTip[0]}</p><button>${smTip[1]}</button></div>
<button data-testid="share-button"><span>${smTools[1]}</span></button><div data-testid="text-size" class="_3n8Ls">
${smTools
  .slice(2)
  .map((t) => `<button class="_1xLl0"><span aria-hidden="true">A</span><span class="_2nZ1a">${t}</span></button>`)
  .join('')}</div></div>
<figure class="_3ujU5" data-testid="image"><picture><img src="https://static.ffx.example/images/$zoom_0.2,$multiply_0.7/ferry.jpg" alt="${smCaption}"
width="1200" height="675"></picture><figcaption class="_1ld9Y"><span data-testid="image-caption">${smCaption}</span>
<cite class="_3oBTP">${smCredit}</cite></figcaption></figure>
<div class="_1Lgc2" data-testid="byline-and-date"><span data-testid="byline">By <a href="/by/tom-haddad-p4ytx3">Tom Haddad</a></span>
<time data-testid="datetime" datetime="2025-03-02T18:00:00.000Z">March 3, 2025 — 5.00am</time></div></header>
<div data-testid="body-content" id="bodyContent" class="_1665V undefined">
${smP(smP1.slice(0, 2))}
${smAd(1)}
${smP(smP1.slice(2))}
<aside data-testid="related-article" class="_2xQsW"><span class="_3j9C1">Related Article</span><a href="/national/nsw/river-class-ferries-20240901.html">
<h3 class="_1HbD2">${smRelated}</h3></a></aside>
${smP(smP2.slice(0, 3))}
${smAd(2)}
${smP(smP2.slice(3))}
<p><em>Start the day with a summary of the day’s most important and interesting stories, analysis and insights.
<a href="https://www.smh.com.au/link/follow-20170101-p5yfmg">Sign up for our Morning Edition newsletter</a>.</em></p></div>
<a class="_2kXpm" href="https://licensing.smh.example/?article=p5lg7h">License this article</a>
<ul data-testid="tags" class="_3eI4P">${links(smTags, '_2ATaS')}</ul>
<div data-testid="author-profile" class="_2pL4E"><a href="/by/tom-haddad-p4ytx3"><span class="_3Lp7K">Tom Haddad</span></a>
<p class="_1oYe9">${smBio}</p><p class="_37Pzs">Connect via <a href="https://x.com/">X</a> or <a href="mailto:t.haddad@smh.com.au">email</a>.</p></div>
</article><aside data-testid="most-viewed" class="_3Yk-Z"><h2>Most Viewed in National</h2><ol>${links(smMost)}</ol>${smAd(3)}</aside></main>
<footer class="_1vMtf" data-testid="footer"><div class="_3K1zm">The Sydney Morning Herald</div><h3>Products &amp; Services</h3>
<ul>${links(smFoot)}</ul><p class="_2yGxn">Copyright © 2025</p></footer></div></body></html>`;
export const smhStory: TestPage = {
  html: smHtml,
  name: 'heldout116-smh-news',
  kind: 'news',
  // the italic Morning Edition sign-up at the end of the body, the inline related card, the author blurb and the tags are furniture
  title: smTitle,
  headings: [],
  body: texts([...smP1, ...smP2]),
  bylines: ['By Tom Haddad', 'March 3, 2025 — 5.00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...smNav, 'Subscribe', 'Log in', ...smTools, ...smTip, smCaption, smCredit,
    'Advertisement', 'Related Article', smRelated, smPromo, 'License this article', ...smTags, smBio, 'Connect via X or email.',
    'Most Viewed in National', ...smMost, 'The Sydney Morning Herald', 'Products & Services', ...smFoot, 'Copyright © 2025',
  ],
};
