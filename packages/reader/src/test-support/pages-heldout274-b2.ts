import { links, type TestPage, texts } from './page-kit.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file b2: a Reuters-style live page (the Fusion-era markup with
 * data-testid attributes and hashed text classes: the "LIVE" label, posts with their relative
 * and absolute time stamps, the reporting / editing credit of each post, "Purchase Licensing
 * Rights", "Our Standards", the newsletter promo, the market ticker, "Read Next" and the footer).
 */
const rTitle = 'LIVE: Stocks slide as Calvera central bank springs surprise rate rise';
interface RPost {
  t: string;
  ago: string;
  h: string;
  credit: string;
  p: string[];
}
const rPosts: RPost[] = [
  {
    t: 'March 4, 2026 3:52 PM GMT',
    ago: '1 min ago',
    h: 'What analysts are saying',
    credit: 'Compiled by Clara Boateng',
    p: paras(`
Most economists said the size of the move mattered more than its timing. A rise of 75 basis points, they argued, shows the bank
is willing to accept slower growth in order to bring inflation back towards its 2% target.

Others warned that households with variable-rate mortgages, about a third of all borrowers in Calvera, would feel the increase
within weeks, and that consumer spending could weaken sharply over the summer.
`),
  },
  {
    t: 'March 4, 2026 3:40 PM GMT',
    ago: '12 min ago',
    h: 'European shares close at six-week low',
    credit: 'Reporting by Ines Marchetti; Editing by Owen Threlfall',
    p: paras(`
European shares ended the day at their lowest level in six weeks, with rate-sensitive sectors such as real estate and utilities
leading the losses. The pan-European index closed down 1.8%.

Banks were the only sector to finish higher, as investors bet that a higher rate would widen their lending margins. Calvera's
three largest lenders each gained between 2% and 3%.
`),
  },
  {
    t: 'March 4, 2026 1:15 PM GMT',
    ago: '2 hours ago',
    h: 'Governor Salgado: "We could not wait for the next meeting"',
    credit: 'Reporting by Tobias Wren; Editing by Owen Threlfall',
    p: paras(`
Central bank governor Marisol Salgado told a news conference that February's inflation figures had left the board no choice but
to act before its scheduled meeting in April.

"Prices for food and energy are rising faster than wages, and expectations are starting to drift," she said. "We could not wait
for the next meeting without risking our credibility."

She declined to say whether further rises would follow, saying only that the board would "do what is necessary".
`),
  },
  {
    t: 'March 4, 2026 10:02 AM GMT',
    ago: '5 hours ago',
    h: 'Calvera raises its main rate by 75 basis points',
    credit: 'Reporting by Ines Marchetti and Tobias Wren; Editing by Clara Boateng',
    p: paras(`
The Bank of Calvera raised its main lending rate by 75 basis points to 6.25% in an unscheduled decision announced at 10 a.m.,
surprising economists who had expected no change until April.

The calvo strengthened 1.4% against the dollar within minutes of the announcement, while two-year government bond yields
jumped 40 basis points, their biggest one-day move since 2022.

Of the 24 economists polled last week, only two had forecast any rise at all before the April meeting.
`),
  },
];
const rBody = rPosts.flatMap((p) => texts(p.p));
const rNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations'];
const rTicker = ['STOXX 600', '-1.8%', 'Calvera CX30', '-2.6%', 'EUR/USD', '+0.3%'];
const rNext = ['Oil edges higher as supply worries linger', 'Chipmaker shares fall after weak outlook', 'Bond traders bet on two more rate cuts this year'];
const rFoot = ['Browse', 'Media', 'About Newsline', 'Advertise with Us', 'Careers', 'Terms of Use', 'Privacy', 'Accessibility', 'Cookies'];
const rPost = (p: RPost, i: number): string => `<div data-testid="LiveBlogPost" class="live-blog-post__container__Yw9q2" id="post-${i}">
<div class="live-blog-post__timestamp__3k1Vd"><time datetime="2026-03-04"><span class="date-line__date__23Ge-">${p.ago}</span>
<span class="text__text__1FZLe text__inherit-color__3208F date-line__date__23Ge-">${p.t}</span></time></div>
<h2 data-testid="Heading" class="text__text__1FZLe text__heading_5__1qUJ5 live-blog-post__title__1pHCr">${p.h}</h2>
<div class="article-body__content__17Yit">${p.p
  .map((x, k) => `<div data-testid="paragraph-${k}" class="text__text__1FZLe text__dark-grey__3Ml43 article-body__paragraph__2-BtD">${x}</div>`)
  .join('\n')}</div>
<p class="text__text__1FZLe sign-off__text__PU2eK" data-testid="SignOffLine">${p.credit}</p>
<div class="live-blog-post__share__2Zm0A"><button aria-label="Share this post">Share</button></div></div>`;
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${rTitle} | Newsline</title>
<meta name="description" content="Follow live coverage of the market reaction to the Bank of Calvera's unscheduled rate decision.">
<meta property="og:site_name" content="Newsline"><meta name="article:section" content="Markets">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${rTitle}",
"coverageStartTime":"2026-03-04T10:02:00Z","author":[{"@type":"Person","name":"Ines Marchetti"}]}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="newsline";Fusion.deployment="4128";</script>
</head><body><div id="fusion-app" class="app__app__1wlU3"><a href="#main-content" class="skip-link__link__3Nh4u">Skip to main content</a>
<header class="site-header__header__3Mlk7"><a href="/" aria-label="Newsline homepage" class="site-header__logo__2ZgOe">Newsline</a>
<nav class="site-header__nav__1E2pK"><ul>${links(rNav, 'nav-bar__item__3hqNA')}</ul></nav>
<a href="/account/register/sign-up" class="button__link__uTGln">Register</a><a href="/account/sign-in">Sign In</a></header>
<div data-testid="MarketTicker" class="market-ticker__container__2cfzH"><ul>${rTicker.map((x) => `<li><span>${x}</span></li>`).join('')}</ul></div>
<main id="main-content" class="regular-article-layout__main__1tWRr"><article class="article__container__2yFEF">
<header class="article-header__header__2Kp3T"><nav aria-label="Tags" class="article-header__tags__2ff6N"><a href="/markets/">Markets</a></nav>
<span class="live-indicator__live__2p9hC">LIVE</span><h1 data-testid="Heading" class="text__text__1FZLe text__heading_2__1K_hh">${rTitle}</h1>
<div class="article-header__dateline__4jE04"><time datetime="2026-03-04T15:40:00Z"><span>Updated 12 min ago</span></time></div>
<div class="article-header__byline__3pv8Y"><address class="byline__names__3fH9m">By <a href="/authors/newsline-staff">Newsline Staff</a></address></div>
</header><div class="article-body__container__3ypuX live-blog__body__2nt4X">
${rPosts.map(rPost).join('\n')}
<div class="newsletter-promo__container__1dKJ8"><p>Get a daily digest of breaking business news straight to your inbox with the Newsline Business
newsletter.</p><a href="/newsletters/">Sign up here.</a></div>
<div class="article-body__trust__3xQu0"><p><a href="/trust-principles/">Our Standards: The Newsline Trust Principles.</a></p>
<a href="/licensing/">Purchase Licensing Rights</a></div></div></article>
<aside class="read-next__container__1jO2d"><h2>Read Next</h2><ul>${links(rNext, 'read-next__item__2Dm5e')}</ul></aside></main>
<footer class="site-footer__footer__2Wq9D"><ul>${links(rFoot)}</ul>
<p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.</p>
<p>© 2026 Newsline. All rights reserved</p></footer></div>
<div id="onetrust-banner-sdk"><p>By clicking "Accept All Cookies", you agree to the storing of cookies on your device.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></body></html>`;
export const reutersLive: TestPage = {
  name: 'heldout274-reuters-live-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: rPosts.map((p) => p.h),
  body: rBody,
  bylines: [...rPosts.map((p) => p.t), ...rPosts.map((p) => p.ago), ...rPosts.map((p) => p.credit), 'Updated 12 min ago', 'By Newsline Staff'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...rNav, 'Register', 'Sign In', ...rTicker.filter((x) => x.length > 2), 'LIVE', 'Share',
    'Get a daily digest of breaking business news straight to your inbox with the Newsline Business newsletter.', 'Sign up here.',
    'Our Standards: The Newsline Trust Principles.', 'Purchase Licensing Rights', 'Read Next', ...rNext, ...rFoot,
    'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.', '© 2026 Newsline. All rights reserved',
    'By clicking "Accept All Cookies", you agree to the storing of cookies on your device.', 'Accept All Cookies',
  ],
};
