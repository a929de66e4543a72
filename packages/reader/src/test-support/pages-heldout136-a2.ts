import { links, ps, type TestPage, texts } from './page-kit.js';
import { items, lis, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file a2: a BBC News live page on the WebCore (Next.js) template (skip links, the global header and the
 * News sub-nav, the "Live" badge and h1, the summary box, "Edited by", the post stream with visually hidden "posted at" and
 * "Image caption, " prefixes, a "Breaking" label, contributor names and roles, "Share page" and "Copy link", pagination,
 * the "Get in touch" box, the "Top stories" and "Most read" rails, the footer and the cookie banner).
 */
const bTitle = 'Cairnmore ferry fire: Passengers brought ashore after blaze on MV Dalriada';
const bSummary = items(`
All 212 passengers and 38 crew have been brought ashore after a fire broke out in the engine room of the MV Dalriada
The ferry was about four miles off Port Ellis on the Isle of Cairnmore when the alarm was raised at 09:40
Eleven people were taken to hospital, most with smoke inhalation; none are thought to be seriously hurt
The operator, Western Isles Shipping, has cancelled all sailings to Cairnmore for the rest of the day
`);
interface Post {
  at: string;
  title?: string;
  breaking?: boolean;
  who?: [string, string];
  paras: string[];
  list?: string[];
  quote?: string;
  image?: [string, string];
}
const posts: Post[] = [
  {
    at: '16:48 GMT',
    title: 'We’re pausing our live coverage',
    paras: paras(`
Thanks for joining us. Our live page is closing now, but you can read the full story on the BBC News website.

Today’s page was edited by Fiona Laird and Ross MacInnes, and written by Calum Dewar, Aileen Strachan and Mhairi Gunn.
`),
  },
  {
    at: '16:21 GMT',
    title: 'What we know so far',
    paras: ['If you are just catching up, here is a reminder of the main points:'],
    list: items(`
The fire started in the engine room shortly after 09:30, about 40 minutes into the crossing from Oban
The crew closed the engine room and used its fixed extinguishing system, and the fire was out by 11:15
Passengers were moved to the car deck and then on to two lifeboats and a fishing boat that came alongside
The ferry is now being towed to Port Ellis and will be inspected by the Marine Accident Investigation Branch
`),
  },
  {
    at: '15:37 GMT',
    title: 'Investigators on their way to the island',
    who: ['Calum Dewar', 'BBC Scotland transport correspondent'],
    paras: paras(`
The Marine Accident Investigation Branch has confirmed it is sending a team of three inspectors to Cairnmore. They are expected
to arrive on the last flight this evening and board the Dalriada tomorrow morning.

The Dalriada is 29 years old, one of the oldest vessels in the fleet. It had a major overhaul in the spring, which included work
on both main engines.
`),
    image: ['Lifeboat crews help passengers on to the pier at Port Ellis', 'Marsali Boyd'],
  },
  {
    at: '14:55 GMT',
    breaking: true,
    title: 'All passengers now ashore',
    paras: paras(`
The coastguard has confirmed that the last of the passengers have stepped off the lifeboats at Port Ellis, just over five hours
after the alarm was raised.

A spokesperson said the evacuation had gone “as smoothly as anyone could hope” and praised the skipper of the fishing boat
Morven Lass, who took about 60 people off the ferry.
`),
  },
  {
    at: '13:42 GMT',
    who: ['Aileen Strachan', 'Reporting from Port Ellis'],
    paras: paras(`
There is a crowd of about a hundred people on the pier here, many of them waiting for relatives who were on the ferry. Volunteers
from the church hall have been handing out tea and blankets.

One woman, whose son was travelling back from college, told me he had texted to say everyone was calm and the crew had been
“brilliant”.
`),
    quote: 'You could smell the smoke before anyone said anything. Then they just told us to follow them down the stairs, and we did.',
  },
  {
    at: '11:20 GMT',
    title: 'Fire is out, says operator',
    paras: paras(`
Western Isles Shipping says the fire in the engine room is out and the ship is stable. In a statement, the company said the
safety of passengers and crew was its “only concern” and that it would answer questions about the cause once it knew more.

It has cancelled the rest of today’s sailings to and from Cairnmore and says it will contact passengers booked on tomorrow’s
services directly.
`),
  },
];
const bTop = ['Home', 'News', 'Sport', 'Business', 'Innovation', 'Culture', 'Arts', 'Travel', 'Earth', 'Audio', 'Video', 'Live'];
const bNews = [
  'Israel-Gaza war',
  'War in Ukraine',
  'US & Canada',
  'UK',
  'UK Politics',
  'England',
  'N. Ireland',
  'Scotland',
  'Wales',
  'Africa',
  'Asia',
  'Europe',
  'Middle East',
  'In Pictures',
  'BBC Verify',
];
const bScot = ['Scotland Politics', 'Scotland Business', 'Edinburgh, Fife & East', 'Glasgow & West', 'Highlands & Islands', 'NE, Orkney & Shetland'];
const bVideo = 'Watch: Smoke rises from the MV Dalriada off Cairnmore';
const bMediaCap = 'Footage filmed by a passenger shows smoke pouring from the ferry’s funnel';
const bTouch = paras(`
Get in touch

Were you on the MV Dalriada or are you waiting for someone who was?

Contact form
`);
const bTopStories = items(`
Chancellor to set out plans for new regional investment fund
Record number of applications for nursing degrees
Hospital waiting lists fall for third month in a row
`);
const bMostRead = items(`
Man rescued after spending night on cliff ledge
Why the price of potatoes has doubled since the summer
Council approves plans for new bridge across the Tay
Teenager wins national young composer award
`);
const bFooter = items(`
Terms of Use
About the BBC
Privacy Policy
Cookies
Accessibility Help
Parental Guidance
Contact the BBC
BBC emails for you
Advertise with us
`);
const bCopy = 'Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites.';
const bCookie = paras(`
Let us know you agree to cookies

We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.
`);
const css = (n: string): string => `ssrcss-${n}`;
const bPost = (p: Post, i: number): string => `<li class="${css('7y0r6a-StyledListItem')} e1ih6h8o0"><article data-testid="content-post"
class="${css('1pfh9nj-Article')} ef1zhz82" id="post-${i}"><header class="${css('13o0l1h-HeaderWrapper')} e1q5h1j60">
<span class="${css('1p1sybb-Timestamp')} e1ihbsrk0"><span class="visually-hidden ${css('1f39n02-VisuallyHidden')}">posted at </span>
<span class="${css('3xx5bu-TimestampText')}">${p.at}</span></span>
${p.breaking === true ? `<span class="${css('6hzjuq-BreakingLabel')} e1vz5jzq0">Breaking</span>` : ''}
${p.title === undefined ? '' : `<h3 class="${css('1b1mki6-PostHeadline')} e1ih6h8o2"><span role="text">${p.title}</span></h3>`}
${
  p.who === undefined
    ? ''
    : `<div class="${css('gs6oef-ContributorContainer')} e1p5vipg0"><p class="${css('13l1e4v-ContributorName')}">${p.who[0]}</p>
<p class="${css('1lnk8ft-ContributorRole')}">${p.who[1]}</p></div>`
}</header>
<div class="${css('1ki8hfp-RichTextContainer')} e5tfeyi2">${ps(p.paras, ` class="${css('1q0x1qg-Paragraph')} e1jhz7w10"`)}
${p.list === undefined ? '' : `<ul class="${css('1kk5ap5-BulletListContainer')}">${lis(p.list, css('19c2tsc-ListItem'))}</ul>`}
${p.quote === undefined ? '' : `<blockquote class="${css('1e5ar2v-StyledQuote')}"><p class="${css('1q0x1qg-Paragraph')}">${p.quote}</p></blockquote>`}
${
  p.image === undefined
    ? ''
    : `<figure class="${css('wpgbih-StyledFigure')} e34k3c22"><div class="${css('ab5fd8-StyledFigureContainer')}"><span
class="${css('1a9pd6u-ImageWrapper')}"><img src="https://ichef.bbci.co.uk/ace/standard/976/cpsprodpb/${i}.jpg" alt="Lifeboat crew on pier"
loading="lazy"></span><span class="${css('1c9ixuh-Copyright')} e5xb54n0"><span class="visually-hidden">Image source, </span>${p.image[1]}</span></div>
<figcaption class="${css('1n2k9xw-Caption')} e34k3c21"><span class="visually-hidden">Image caption, </span>${p.image[0]}</figcaption></figure>`
}</div></article></li>`;
const bHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${bTitle} - BBC News</title>
<meta name="description" content="All 212 passengers and 38 crew have been brought ashore after a fire on the Cairnmore ferry.">
<link rel="canonical" href="https://www.bbc.co.uk/news/live/cx2l9v8g4r1t"><meta property="og:title" content="${bTitle}">
<meta property="og:site_name" content="BBC News"><meta name="twitter:site" content="@BBCNews"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"LiveBlogPosting","url":"https://www.bbc.co.uk/news/live/cx2l9v8g4r1t",
"headline":"${bTitle}","coverageStartTime":"2025-11-12T09:55:00.000Z","coverageEndTime":"2025-11-12T16:48:00.000Z",
"publisher":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script>
<link rel="stylesheet" href="https://static.files.bbci.co.uk/core/website/assets/static/webcore/bundle-6f0d3a2.css"></head>
<body><div id="__next"><div class="${css('1ocoo3l-Wrap')}"><a href="#main-content" class="${css('1d7w5nn-SkipLink')}">Skip to content</a>
<a href="https://www.bbc.co.uk/accessibility/" class="${css('1d7w5nn-SkipLink')}">Accessibility Help</a></div>
<header role="banner" data-testid="header-container" class="${css('1dxf4ar-GlobalNavigation')}"><a href="https://www.bbc.co.uk/" aria-label="BBC Homepage">
<svg role="img" aria-hidden="true"></svg><span class="visually-hidden">British Broadcasting Corporation</span></a>
<a href="https://account.bbc.com/account" class="${css('ao8qj-AccountLink')}">Your account</a><nav aria-label="BBC"><ul
class="${css('1knwk29-NavList')}">${links(bTop, css('NavItem'))}</ul></nav>
<form role="search"><label for="search-input" class="visually-hidden">Search BBC</label>
<input id="search-input" type="text" placeholder="Search BBC"></form></header>
<nav aria-label="News" class="${css('eemt2w-StyledNav')}"><ul>${links(['Home', 'InDepth', ...bNews], css('1r8y9y4-StyledListItem'))}</ul></nav>
<nav aria-label="Scotland" class="${css('1o5ds4g-SecondaryNav')}"><ul>${links(bScot)}</ul></nav>
<main id="main-content" data-testid="main-content" class="${css('1w0mw8x-Main')}"><div class="${css('1fvzs1m-HeaderWrapper')}">
<span class="${css('1an6xqv-LiveLabel')}"><span aria-hidden="true">Live</span><span class="visually-hidden">Live, </span></span>
<h1 id="main-heading" class="${css('1qafgwj-StyledHeading')} e10rt3ze0">${bTitle}</h1></div>
<div class="${css('16rs4h8-MediaWrapper')}" data-testid="live-media"><figure><div class="${css('1ti7fdj-Placeholder')}"><button aria-label="Play video">
<span class="${css('1fj5r7g-Title')}">${bVideo}</span><span class="${css('xp1ur5-Duration')}">1:12</span></button></div>
<figcaption class="${css('1s3ivaa-Caption')}"><span class="visually-hidden">Media caption, </span>${bMediaCap}</figcaption></figure></div>
<section data-testid="summary-box" class="${css('1lp5m7b-SummaryContainer')}"><h2 class="${css('y3g7i1-SummaryTitle')}">Summary</h2>
<ul class="${css('1kk5ap5-BulletListContainer')}">${lis(bSummary, css('19c2tsc-ListItem'))}</ul></section>
<div class="${css('1g2n8cj-Contributors')}"><p class="${css('1g5xqo0-EditorName')}">Edited by Fiona Laird</p>
<div class="${css('1xrb4sy-ShareWrapper')}"><button type="button" aria-expanded="false" class="${css('1xrb4sy-ShareButton')}">Share page</button>
<div hidden class="${css('1w6b6wr-SharePanel')}"><p>About sharing</p><button type="button">Copy link</button>${links(['Email', 'Facebook', 'X', 'WhatsApp'])}
</div></div></div><div class="${css('1eh6h5l-StreamWrapper')}" data-testid="live-stream"><ol class="${css('1mrsd6y-StreamList')}">
${posts.map(bPost).join('\n')}</ol>
<nav aria-label="Page" class="${css('1osvq5k-Pagination')}"><span class="${css('fa8xw4-Current')}">Page 1 of 3</span><a href="?page=2"
class="${css('1nc95yl-NextLink')}"><span>Next</span><span class="visually-hidden"> page</span></a></nav></div>
<section class="${css('1vlenzk-GetInTouch')}" data-testid="get-in-touch"><h2>${bTouch[0]}</h2><p>${bTouch[1]}</p>
<a href="https://www.bbc.co.uk/send/u50853489">${bTouch[2]}</a></section>
<section data-testid="top-stories" class="${css('c1kq5d-Rail')}"><h2>Top stories</h2><ul>${links(bTopStories)}</ul></section>
<section data-testid="most-read" class="${css('c1kq5d-Rail')}"><h2>Most read</h2><ol>${links(bMostRead)}</ol></section></main>
<footer data-testid="footer" class="${css('12kgoam-FooterWrapper')}"><a href="https://www.bbc.co.uk/" aria-label="BBC Homepage">
<span class="visually-hidden">British Broadcasting Corporation</span></a><ul>${links(bFooter)}</ul><p class="${css('1k0yazm-Copyright')}">${bCopy}
<a href="https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></p></footer>
<div id="bbccookies" class="${css('cookie-banner')}" role="region" aria-label="Cookie banner"><h2>${bCookie[0]}</h2><p>${bCookie[1]}</p>
<button id="bbccookies-continue-button" type="button">Yes, I agree</button>
<a href="https://www.bbc.co.uk/usingthebbc/your-data-matters">No, take me to settings</a>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"type":"live","id":"cx2l9v8g4r1t"}}},"page":"/news/live/[id]"}</script>
</body></html>`;
export const bbcLive: TestPage = {
  name: 'heldout136-bbc-live-page',
  kind: 'news',
  // the summary bullets and every post's paragraphs, list items and quote are body; post headlines are the headings; post
  // times, contributor names and roles and "Edited by" are bylines; the "Summary" label, video title and captions are furniture
  html: bHtml,
  title: bTitle,
  headings: posts.flatMap((p) => (p.title === undefined ? [] : [p.title])),
  body: [...bSummary, ...posts.flatMap((p) => [...texts(p.paras), ...(p.list ?? []), ...(p.quote === undefined ? [] : [p.quote])])],
  bylines: ['Edited by Fiona Laird', ...posts.map((p) => p.at), ...posts.flatMap((p) => p.who ?? [])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Accessibility Help', 'British Broadcasting Corporation', 'Your account', ...bTop, 'Search BBC', 'InDepth', ...bNews, ...bScot,
    'Live', bVideo, '1:12', `Media caption, ${bMediaCap}`, 'Summary', 'Share page', 'About sharing', 'Copy link', 'Email', 'Facebook', 'WhatsApp',
    'Breaking', 'Image source, Marsali Boyd', `Image caption, ${posts[2]?.image?.[0] ?? ''}`, 'Page 1 of 3', 'Next page', ...bTouch, 'Top stories',
    ...bTopStories, 'Most read', ...bMostRead, ...bFooter, bCopy, 'Read about our approach to external linking.', ...bCookie, 'Yes, I agree',
    'No, take me to settings',
  ]),
};
