import { links, ps, type TestPage, texts } from './page-kit.js';
import { rei } from './pages-heldout317-c2.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file c: a Guardian live blog for Black Friday on the DCR template (nav pillars, support banner, "Live"
 * kicker, standfirst, key events, live blocks with timestamps and per-block share, image caption, "Show more" button, Most
 * viewed, footer, consent banner) and, from file c2, an REI Expert Advice buying guide.
 */
const gTitle = 'Black Friday 2026: shoppers hold back as retailers bring discounts forward – as it happened';
const gStand = ['Footfall down on last year at midday as online sales climb', 'Analysts say early deals have blunted the one-day rush'];
const gBlocks: [string, string, string, string[]][] = [
  [
    '16.05 GMT',
    'Closing summary',
    '4h ago',
    [
      j(
        'That is where we will leave our coverage for today. Shop visits across the UK were 7% lower than on Black Friday last year',
        'by 3pm, according to the footfall tracker Countwise, while online spending was running 4% ahead.',
      ),
      j(
        'Retailers told us the day has become the tail end of a month-long event rather than a single rush. Thank you for reading and',
        'for sending in your bargains, and your regrets.',
      ),
    ],
  ],
  [
    '13.20 GMT',
    'Readers share their best buys',
    '7h ago',
    [
      'We asked you what you had bought, and whether it was really a bargain. A few of your replies:',
      j('“I waited three weeks for the air fryer to drop and it came down by £11, which is what it cost in September,” says Priya in', 'Leicester.'),
      '“Winter tyres at 30% off. Not glamorous, but I actually needed them,” writes Gethin, from Aberystwyth.',
    ],
  ],
  [
    '11.02 GMT',
    'Consumer group warns over “was” prices',
    '9h ago',
    [
      j(
        'The consumer group Fairpenny has found that nine in ten of the Black Friday deals it tracked last year were the same price or',
        'cheaper at some point in the six months after the event.',
      ),
      j(
        'Its head of research, Lorna Achterberg, said: “A big red percentage does not tell you much. Check the price history before you',
        'buy, and do not let a countdown clock make the decision for you.”',
      ),
    ],
  ],
  [
    '08.15 GMT',
    'Quiet start on the high street',
    '12h ago',
    [
      j(
        'Good morning. Queues outside the big electronics stores in Manchester and Glasgow were short at opening, our reporters say,',
        'with staff outnumbering customers at one branch in Deansgate.',
      ),
      j(
        'Several chains began their discounts at the start of the month this year, and some have been running “Black Friday prices”',
        'for three weeks already. We will be following the numbers through the day, and we would like to hear what you buy.',
      ),
    ],
  ],
];
const gNav = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['World', 'Climate crisis', 'Business', 'Football', 'Environment', 'Tech'];
const gMost = ['Why your energy bill may rise in January', 'The best winter coats, tested', 'Five savings accounts that beat inflation'];
const gFoot = ['About us', 'Contact us', 'Complaints & corrections', 'Privacy policy', 'Cookie policy', 'Terms & conditions', 'Help'];
const block = (b: [string, string, string, string[]], i: number): string => `<article id="block-6740a${i}" data-gu-name="live-block"
class="dcr-1f8e2a block" data-block-contributor=""><header class="dcr-hbvbvv"><a href="?page=with:block-6740a${i}#block-6740a${i}" class="dcr-4sd2mg">
<span class="dcr-relative-time">${b[2]}</span><time datetime="2026-11-27" class="dcr-1ybxn6r">${b[0]}</time></a></header>
<h2 class="dcr-1xk3wx">${b[1]}</h2><div class="dcr-block-body">${ps(b[3], ' class="dcr-16w5gq9"')}</div>
<footer class="dcr-1tm6w4c"><span class="dcr-share">Share</span><span class="dcr-updated">Updated at ${b[0]}</span></footer></article>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle} | Business | The Guardian</title>
<meta name="description" content="${gStand[0]}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Black Friday
2026","coverageStartTime":"2026-11-27T08:00:00Z",
"coverageEndTime":"2026-11-27T16:05:00Z","author":[{"@type":"Person","name":"Fenella Marsh-Iqbal"}]}</script>
<script>window.guardian={"config":{"page":{"contentType":"LiveBlog","section":"business","isLive":false}}};</script></head>
<body><a href="#maincontent" class="dcr-skip">Skip to main content</a>
<div id="bannerandheader"><header data-component="header"><a href="https://support.theguardian.example/" class="dcr-support">Support the Guardian</a>
<span class="dcr-support-sub">Fund independent journalism with £5 per month</span><a href="/" class="dcr-logo">The Guardian - Back to home</a>
<nav data-component="nav2"><ul class="dcr-pillars">${links(gNav, 'dcr-pillar')}</ul><ul class="dcr-subnav">${links(gSub)}</ul></nav></header></div>
<main data-layout="LiveLayout" id="maincontent"><div class="dcr-liveblog-header"><div class="dcr-series"><a href="/money/consumer-affairs">Consumer
affairs</a></div>
<div class="dcr-live-kicker">Live</div><h1 class="dcr-u0152o">${gTitle}</h1>
<div data-gu-name="standfirst" class="dcr-standfirst"><ul>${gStand.map((s) => `<li>${s}</li>`).join('')}</ul></div></div>
<div class="dcr-meta"><div class="dcr-byline"><a rel="author" href="/profile/fenella-marsh-iqbal">Fenella Marsh-Iqbal</a></div>
<div class="dcr-dateline"><span>Fri 27 Nov 2026 16.05 GMT</span></div><div class="dcr-share-count">Shares 212</div></div>
<div class="dcr-keyevents" data-component="keyevents"><h2 class="dcr-keyevents-title">Key events</h2><ul>${gBlocks
  .map((b) => `<li><a href="#">${b[2]} ${b[1]}</a></li>`)
  .join('')}</ul></div>
<figure class="dcr-main-media"><img src="https://i.guim.example/img/bf-2026.jpg" alt="Shoppers in Manchester">
<figcaption class="dcr-caption">Shoppers on Market Street in Manchester on Friday morning. Photograph: Tobias Wren/The Guardian</figcaption></figure>
<div id="liveblog-body" class="dcr-live-body">${gBlocks.map(block).join('\n')}
<button class="dcr-show-more">Show 12 more updates</button></div>
<aside class="dcr-most-viewed" data-component="most-popular"><h2>Most viewed</h2><ol>${links(gMost)}</ol></aside></main>
<footer data-component="footer"><ul>${links(gFoot, 'dcr-footer-link')}</ul><p>© 2026 Guardian News &amp; Media Limited or its affiliated companies.
All rights reserved.</p></footer>
<div id="sp_message_container_1" class="message-container"><p class="message-text">Your privacy: we and our partners use cookies to store and access
personal data such as browsing data.</p><button title="Yes, I’m happy">Yes, I’m happy</button><button title="Manage or reject cookies">Manage or reject
cookies</button></div></body></html>`;
const guardian: TestPage = {
  name: 'heldout317-guardian-liveblog',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gBlocks.map((b) => b[1]),
  body: texts([...gStand, ...gBlocks.flatMap((b) => b[3])]),
  bylines: ['Fenella Marsh-Iqbal', 'Fri 27 Nov 2026 16.05 GMT', ...gBlocks.flatMap((b) => [b[0], b[2], `Updated at ${b[0]}`])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Support the Guardian', 'Fund independent journalism with £5 per month', 'The Guardian - Back to home', ...gNav, ...gSub,
    'Consumer affairs', 'Live', 'Shares 212', 'Key events', ...gBlocks.map((b) => `${b[2]} ${b[1]}`),
    'Shoppers on Market Street in Manchester on Friday morning. Photograph: Tobias Wren/The Guardian', 'Share', 'Show 12 more updates',
    'Most viewed', ...gMost, ...gFoot, '© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.',
    'Your privacy: we and our partners use cookies to store and access personal data such as browsing data.', 'Yes, I’m happy', 'Manage or reject cookies',
  ],
};

export const HELDOUT317_C: readonly TestPage[] = [guardian, rei];
