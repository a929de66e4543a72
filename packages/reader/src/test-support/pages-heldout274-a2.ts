import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file a2: a BBC-style live page (the Next.js live page markup with
 * data-testid attributes: summary points, post cards with their time stamps and contributor
 * lines, a "View more on X" social embed with its skip links and disclaimer, the "Live Reporting"
 * credits, the "More on this story" rail, the top navigation, the consent banner and the footer).
 */
const bTitle = 'Ferry runs aground off Holm Sound with 212 on board';
const bSummary = paras(`
The MV Kestrel Isle ran aground on rocks near Holm Sound shortly after 06:00 on Saturday

All 212 passengers and 19 crew have been brought ashore, the coastguard says

Four people were treated in hospital for minor injuries and have since been discharged

The ferry operator has cancelled all sailings on the route until at least Monday
`);
interface Post {
  t: string;
  by: string;
  role: string;
  h: string;
  p: string[];
  embed?: boolean;
}
const bPosts: Post[] = [
  {
    t: '12:48',
    by: 'Fiona Strachan',
    role: 'NRB Scotland news',
    h: 'Investigators arrive at the scene',
    p: paras(`
A team from the Marine Accident Investigation Branch has arrived in Holm and is expected to board the ferry this afternoon once
the tide allows.

They will want to recover the vessel's voyage data recorder, which logs the ship's position, speed and heading as well as
conversations on the bridge.
`),
  },
  {
    t: '11:20',
    by: 'Callum Rennie',
    role: 'Reporting from Holm harbour',
    h: '"We felt a bang and then the whole deck tilted"',
    embed: true,
    p: paras(`
Passengers coming off the lifeboats have been describing the moment the ferry struck the rocks. Margaret Isbister, who was
travelling with her two grandchildren, told me she heard "a terrible grinding noise" before the deck began to lean.

She praised the crew, who she said handed out life jackets and kept everyone calm in the lounge while the lifeboats came
alongside. "They were just young lads, but they knew exactly what to do," she said.

Police have asked people not to travel to the harbour to watch the recovery.
`),
  },
  {
    t: '09:35',
    by: 'Fiona Strachan',
    role: 'NRB Scotland news',
    h: 'Operator cancels sailings until Monday',
    p: paras(`
Skerry Ferries has confirmed that all sailings between Holm and Kirkwall are cancelled for the rest of the weekend. In a statement,
the company said its first concern was the welfare of passengers and crew, and that it was co-operating fully with the coastguard.

Passengers booked on cancelled sailings can claim a full refund or move their booking free of charge. Freight customers are being
offered space on the company's second vessel, which will run an extra crossing on Sunday evening.
`),
  },
  {
    t: '07:15',
    by: 'Callum Rennie',
    role: 'Reporting from Holm harbour',
    h: 'Lifeboats and helicopter sent to stricken ferry',
    p: paras(`
The coastguard says it received a call at 06:04 reporting that a passenger ferry had run aground on the Skaill rocks at the
mouth of Holm Sound.

Two lifeboats, a coastguard helicopter and several local fishing boats were sent to help. Conditions at the time were described
as calm, with good visibility, which has raised questions about how the vessel came to leave the channel.
`),
  },
];
const bBody = [...texts(bSummary), ...bPosts.flatMap((p) => texts(p.p))];
const bNav = ['Home', 'News', 'Sport', 'Weather', 'iPlayer', 'Sounds', 'Bitesize'];
const bSub = ['Scotland', 'Scotland Politics', 'Scotland Business', 'Edinburgh, Fife & East', 'Highlands & Islands'];
const bMore = ['How the island ferry fleet grew old', 'Islanders call for new vessels after summer of breakdowns', 'Coastguard marks 200 years of rescues'];
const bFoot = ['Terms of Use', 'About the NRB', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Parental Guidance', 'Contact the NRB'];
const post = (p: Post, i: number): string => `<article data-testid="content-post" id="post-${i}" class="ssrcss-1ptlg1a-ContentPost">
<header class="ssrcss-1e7xrx0-HeaderWrapper"><div class="ssrcss-1kqfcj6-Timestamp"><span class="visually-hidden">posted at</span>
<time data-testid="timestamp" datetime="2026-03-14T${p.t}:00.000Z"><span class="ssrcss-time">${p.t}</span></time></div>
<h3 class="ssrcss-1b1mki6-PostHeadline"><span role="text">${p.h}</span></h3></header>
<div class="ssrcss-contributor"><div class="ssrcss-contributor-name">${p.by}</div><div class="ssrcss-contributor-role">${p.role}</div></div>
<div class="ssrcss-7uxr49-RichTextContainer">${p.p.map((x) => `<p class="ssrcss-1q0x1qg-Paragraph">${x}</p>`).join('')}</div>
${p.embed ? embed : ''}<footer class="ssrcss-postfooter"><button class="ssrcss-share">Share</button></footer></article>`;
const embed = `<div data-component="social-embed-block" class="ssrcss-social"><a href="#end-of-twitter-content-0" class="visually-hidden">
Skip twitter post by Orkney Coastguard</a><div class="ssrcss-embed-fallback"><p class="ssrcss-fallbacktext">Allow X content?</p>
<p class="ssrcss-fallbacktext">This article contains content provided by X. We ask for your permission before anything is loaded.</p>
<button>Accept and continue</button></div><a class="ssrcss-viewmore" href="https://x.example/OrkneyCG/status/1">View more on X</a>
<p class="ssrcss-disclaimer">The NRB is not responsible for the content of external sites.</p>
<span id="end-of-twitter-content-0" class="visually-hidden">End of twitter post by Orkney Coastguard</span></div>`;
const bHtml = `<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>Live: ${bTitle} - NRB News</title>
<meta name="description" content="All 212 passengers and 19 crew have been brought ashore, the coastguard says.">
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article"><meta name="twitter:site" content="@NRBNews">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"LiveBlogPosting","headline":"${bTitle}",
"coverageStartTime":"2026-03-14T06:30:00.000Z","coverageEndTime":"2026-03-14T18:00:00.000Z"}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"type":"live","section":"scotland"}}},"page":"/live"}</script>
</head><body><div id="__next"><div class="ssrcss-consent" data-testid="consent-banner"><h2>Let us know you agree to cookies</h2>
<p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
<button>Yes, I agree</button><a href="/usingthebbc/cookies/">No, take me to settings</a></div>
<header data-testid="header-content" class="ssrcss-header"><a href="#main-content" class="ssrcss-skip">Skip to content</a>
<nav aria-label="NRB"><ul class="ssrcss-navlist">${links(bNav, 'ssrcss-navitem')}</ul></nav>
<nav aria-label="News" class="ssrcss-secondary"><ul>${links(bSub, 'ssrcss-subitem')}</ul></nav></header>
<main id="main-content" data-testid="main-content"><div data-testid="live-page" class="ssrcss-livepage">
<div class="ssrcss-liveheader"><span class="ssrcss-livelabel">Live</span><h1 class="ssrcss-liveheadline" id="main-heading">${bTitle}</h1></div>
<section data-testid="summary-points" class="ssrcss-summary"><h2 class="ssrcss-summaryhead">Summary</h2>
<ul role="list">${bSummary.map((s) => `<li class="ssrcss-summarypoint">${s}</li>`).join('')}</ul></section>
<div class="ssrcss-reporting"><p class="ssrcss-reportinglabel">Live Reporting</p><p>Edited by Ailsa Mowat</p></div>
<div class="ssrcss-feedtoggle"><button aria-pressed="false">Get latest updates</button></div>
<ol data-testid="content-posts" class="ssrcss-postlist">${bPosts.map((p, i) => `<li>${post(p, i)}</li>`).join('\n')}</ol>
<nav aria-label="Page" class="ssrcss-pagination"><span>Page 1 of 3</span><a href="?page=2">Next page</a></nav></div>
<aside class="ssrcss-related"><h2>More on this story</h2><ul>${links(bMore, 'ssrcss-relateditem')}</ul></aside></main>
<footer class="ssrcss-footer"><ul>${links(bFoot)}</ul><p>Copyright 2026 NRB. All rights reserved. The NRB is not responsible for the content of
external sites. Read about our approach to external linking.</p></footer></div>
<script src="https://static.files.nrbi.example/live/_next/static/chunks/main.js" defer></script></body></html>`;
export const bbcLive: TestPage = {
  name: 'heldout274-bbc-live-page-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: ['Summary', ...bPosts.map((p) => p.h)],
  body: bBody,
  bylines: [...bPosts.map((p) => p.t), 'Fiona Strachan', 'NRB Scotland news', 'Callum Rennie', 'Reporting from Holm harbour', 'Edited by Ailsa Mowat'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Let us know you agree to cookies', 'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
    'Yes, I agree', 'No, take me to settings', 'Skip to content', ...bNav, ...bSub, 'Live', 'Live Reporting', 'Get latest updates', 'posted at', 'Share',
    'Skip twitter post by Orkney Coastguard', 'Allow X content?',
    'This article contains content provided by X. We ask for your permission before anything is loaded.', 'Accept and continue', 'View more on X',
    'End of twitter post by Orkney Coastguard', 'Page 1 of 3', 'Next page', 'More on this story', ...bMore, ...bFoot,
    'Copyright 2026 NRB. All rights reserved.', 'The NRB is not responsible for the content of external sites.', 'Read about our approach to external linking.',
  ],
};
