import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 154, file e2: a Scotsman news story on the National World Next.js template (the masthead with
 * "Subscribe" and "Sign in", the section nav, breadcrumbs, the standfirst, "By ..." with the job title, "Published" and
 * "Updated" times, the "Comment" count and share buttons, the "Listen to this article" player, a lead image with caption
 * and credit, "Read more" link paragraphs and a subscription promo inside the body, "Advertisement" labels, "Related
 * topics", the comment guidelines box, the "More from The Scotsman" and sponsored rails, the footer and consent banner).
 */
const scTitle = 'Edinburgh’s north-south tram line faces £90m funding gap, councillors told';
const scStand = 'Officials say a north-south route through the city could still open by 2035 if the Scottish Government agrees to share the cost';
const scParas = [
  'Plans for a new tram line running from Granton to the Royal Infirmary face a funding gap of about £90 million, councillors in ' +
    'Edinburgh have been told, raising fresh doubts over when, or whether, the route will be built.',
  'A report to the City of Edinburgh Council’s transport and environment committee put the latest cost estimate for the ' +
    'north-south line at £2.1 billion, up from £1.8bn two years ago, largely because of construction price inflation.',
  'Council officers said the authority could raise most of the money through a combination of borrowing, developer ' +
    'contributions and a proposed workplace parking levy, but would need the Scottish Government to cover the remainder.',
];
const scSub = 'Lessons from the last tram project';
const scParas2 = [
  'The city’s first tram line, between the airport and York Place, opened in 2014 years late and hundreds of millions of pounds ' +
    'over budget, and a public inquiry into the project, published in 2023, criticised poor management and weak oversight.',
  'The extension to Newhaven, which opened in 2023, was delivered broadly on time and close to its revised budget, which officials ' +
    'said showed the council had learned from the earlier mistakes.',
  'Transport convener Fiona MacAulay said: “Edinburgh is a growing city, and if we want people to leave their cars at home we ' +
    'have to give them a fast, reliable alternative. A north-south tram line is the single biggest thing we can do to achieve that.”',
  'Opposition councillors were sceptical. Conservative group leader Alasdair Grieve said the council should not commit to a ' +
    'project of this scale “while potholes go unfixed and school buildings are falling apart”.',
];
const scSub2 = 'What happens next';
const scParas3 = [
  'The committee agreed to carry out further consultation on the route, which would run through Granton, Crewe Toll, the city ' +
    'centre and Cameron Toll before ending at the Royal Infirmary and the BioQuarter.',
  'A full business case is due to be presented next year. If approved, construction could begin in 2029, with the line opening ' + 'in stages from 2033.',
  'A Scottish Government spokesperson said ministers would “consider any proposal carefully” once the business case was complete.',
];
const scNav = ['News', 'Sport', 'Business', 'Opinion', 'Arts and Culture', 'Heritage and Retro', 'Lifestyle', 'Food and Drink', 'Travel', 'Puzzles'];
const scTop = ['Subscribe', 'Sign in'];
const scCrumbs = ['News', 'Transport'];
const scShare = ['Share', 'Facebook', 'X', 'WhatsApp', 'Email', 'Copy link'];
const scCaption = 'A tram on Leith Walk, where the line to Newhaven opened in 2023.';
const scCredit = 'Picture: Lisa Ferguson';
const scRead = ['Edinburgh tourist tax: hotels warn of booking slump', 'Lothian Buses to trial driverless service in city centre'];
const scPromo = [
  'Support quality journalism in Scotland',
  'Subscribe to The Scotsman for unlimited access to trusted news and analysis, with fewer ads.',
  'Subscribe now',
];
const scTopics = ['Edinburgh', 'Trams', 'City of Edinburgh Council', 'Scottish Government'];
const scGuide = [
  'Comment Guidelines',
  'National World encourages reader discussion on our stories. User feedback, insights and back-and-forth exchanges add a rich ' +
    'layer of context to reporting. Please review our Community Guidelines before commenting.',
];
const scMore = ['Glasgow subway modernisation delayed again', 'ScotRail to scrap peak fares for good', 'Forth Road Bridge closed to high-sided vehicles'];
const scSponsored = ['Sponsored', 'Discover the new retirement villages changing later life in Scotland'];
const scFoot = ['Contact us', 'Advertise my business', 'Terms and Conditions', 'Privacy notice', 'Cookie Settings', 'Archive', 'Puzzles', 'Newsletters'];
const scCopy = '©National World Publishing Ltd. All rights reserved.';
const scConsent = 'We and our partners use cookies and similar technologies to deliver content and advertising and to understand how you use our site.';
const scP = (a: readonly string[]): string => a.map((p) => `<p class="sc-aef7b723-0 dXQsKd">${p}</p>`).join('\n');
const scAd = (n: number): string => `<div class="sc-2a5b1c0f-0 ad-slot" id="inarticle_${n}"><p class="sc-2a5b1c0f-1">Advertisement</p></div>`;
const scReadP = (t: string): string =>
  `<p class="sc-aef7b723-0 dXQsKd read-more"><strong>Read more:</strong> <a href="/news/transport/${t.length}">${t}</a></p>`;
const scLd = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${scTitle}","description":"${scStand}",
"datePublished":"2025-02-11T17:00:00.000Z","dateModified":"2025-02-11T18:24:00.000Z","author":{"@type":"Person","name":"Rory Dunbar"},
"publisher":{"@type":"NewsMediaOrganization","name":"The Scotsman"}}`;
const scHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Edinburgh tram extension faces £90m funding gap, councillors told | The Scotsman</title><meta name="description" content="${scStand}">
<meta property="og:title" content="${scTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Scotsman">
<link rel="canonical" href="https://www.scotsman.example/news/transport/edinburgh-tram-north-south-funding-gap-4987123">
<script type="application/ld+json">${scLd}</script>
<script>window.dataLayer=[{"articleId":"4987123","section":"news/transport","publication":"The Scotsman","premium":false}];</script></head>
<body><div id="__next"><a href="#content" class="sc-skip-link">Skip to content</a>
<header class="sc-9b0d7e3f-0 masthead"><button class="sc-9b0d7e3f-1" aria-label="Menu"><span>Menu</span></button>
<a href="/" class="sc-9b0d7e3f-2"><span class="visually-hidden">The Scotsman</span></a>
<div class="sc-9b0d7e3f-3">${scTop.map((t) => `<a href="/${t.toLowerCase().replace(' ', '-')}">${t}</a>`).join('')}</div>
<nav class="sc-9b0d7e3f-4" aria-label="Main"><ul>${links(scNav, 'sc-9b0d7e3f-5')}</ul></nav></header>
<main id="content"><article class="sc-1e8b6b8f-0 article">
<nav class="sc-1e8b6b8f-1 breadcrumbs" aria-label="breadcrumb"><ol>${links(scCrumbs, 'sc-1e8b6b8f-2')}</ol></nav>
<h1 class="sc-1e8b6b8f-3 headline">${scTitle}</h1><h2 class="sc-1e8b6b8f-4 standfirst">${scStand}</h2>
<div class="sc-5f9e24b1-0 byline"><div class="sc-5f9e24b1-1"><span>By <a href="/author/rory-dunbar">Rory Dunbar</a></span>
<span class="sc-5f9e24b1-2">Transport Correspondent</span></div>
<div class="sc-5f9e24b1-3"><p>Published 11th Feb 2025, 17:00 GMT</p><p>Updated 11th Feb 2025, 18:24 GMT</p></div>
<a href="#comments" class="sc-5f9e24b1-4">Comment</a>
<div class="sc-5f9e24b1-5 share">${scShare.map((s) => `<button type="button" aria-label="${s}"><span>${s}</span></button>`).join('')}</div></div>
<div class="sc-7d3f2a10-0 audio-player"><button type="button">Listen to this article</button><span>4 min</span></div>
<figure class="sc-e4fc2a31-0 lead-image"><img src="https://www.scotsman.example/webimg/b25lY21zOjE5ZmE.jpg?width=1200" alt="" width="1200" height="800">
<figcaption class="sc-e4fc2a31-1"><span>${scCaption}</span> <span class="sc-e4fc2a31-2">${scCredit}</span></figcaption></figure>
<div class="sc-3e1d9a41-0 article-content" data-testid="article-content">
${scP(scParas)}
${scReadP(scRead[0]!)}
${scAd(1)}
<h2 class="sc-aef7b723-2 subheading">${scSub}</h2>
${scP(scParas2.slice(0, 2))}
<div class="sc-a61d3b1c-0 subscribe-promo"><h3>${scPromo[0]}</h3><p>${scPromo[1]}</p><a href="/subscriptions">${scPromo[2]}</a></div>
${scP(scParas2.slice(2))}
${scReadP(scRead[1]!)}
<h2 class="sc-aef7b723-2 subheading">${scSub2}</h2>
${scP(scParas3)}
${scAd(2)}
</div>
<div class="sc-4c9f3b0e-0 related-topics"><span>Related topics:</span><ul>${links(scTopics, 'sc-4c9f3b0e-1')}</ul></div>
<section id="comments" class="sc-8c2f5d11-0 comment-guidelines"><h3>${scGuide[0]}</h3><p>${scGuide[1]}</p></section>
</article>
<aside class="sc-6b1e7a22-0 rail"><h2>More from The Scotsman</h2><ul>${links(scMore, 'sc-6b1e7a22-1')}</ul>
<div class="sc-6b1e7a22-2 sponsored"><span>${scSponsored[0]}</span><a href="https://partner.example/retirement">${scSponsored[1]}</a></div></aside></main>
<footer class="sc-0f7a4d20-0 footer"><ul>${links(scFoot, 'sc-0f7a4d20-1')}</ul><p>${scCopy}</p></footer></div>
<div class="qc-cmp2-container" role="dialog"><p>${scConsent}</p><button>AGREE</button><button>MORE OPTIONS</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":4987123}},"page":"/[...slug]"}</script></body></html>`;
export const scotsmanPage: TestPage = {
  html: scHtml,
  name: 'heldout154-scotsman-news',
  kind: 'news',
  // the standfirst is body; the "Read more:" link paragraphs inside the body are furniture
  title: scTitle,
  headings: [scSub, scSub2],
  body: [scStand, ...texts(scParas), ...texts(scParas2), ...texts(scParas3)],
  bylines: ['By Rory Dunbar', 'Transport Correspondent', 'Published 11th Feb 2025, 17:00 GMT', 'Updated 11th Feb 2025, 18:24 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', 'The Scotsman', ...scTop, ...scNav, ...scCrumbs, 'Comment', ...scShare, 'Listen to this article', '4 min', scCaption,
    scCredit, ...scRead.map((t) => `Read more: ${t}`), 'Advertisement', ...scPromo, 'Related topics:', ...scTopics, ...scGuide, 'More from The Scotsman',
    ...scMore, ...scSponsored, ...scFoot, scCopy, scConsent, 'AGREE', 'MORE OPTIONS',
  ],
};
