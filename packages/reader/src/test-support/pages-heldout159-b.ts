import { links, type TestPage, texts } from './page-kit.js';
import { techcrunchStory } from './pages-heldout159-b2.js';
import { lines, lis, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file b: an Ars Technica laptop review on the 2024 WordPress theme (the header nav with "Forum" and
 * "Subscribe", the hidden "Text settings" panel, the intro with subtitle, byline, date and comment count, image captions with
 * "Credit:" lines, the review's own "The good / The bad / The ugly" sections, the author box with bio, the "Comments" button,
 * the "Most Read" rail, the Ars Video block, the subscriber promo and the footer with its tagline and legal text) and, from
 * file b2, a TechCrunch story.
 */
const arTitle = 'Corvane Slate 14 review: A quiet, sensible laptop with one bad habit';
const arSub = 'The Slate 14 gets nearly everything right, until you ask it to sleep.';
const arP1 = paras(`
Corvane is not a company most people think of when they shop for a laptop. It spent the better part of a decade building
rugged tablets for warehouses and field engineers, and its first consumer laptop, the original Slate, felt like it: sturdy,
heavy, and plain. The Slate 14 is its second attempt, and it is a far more interesting machine.

At $1,099 for the base model with 16GB of RAM and a 512GB SSD, it competes with the mainstream 14-inch laptops from the big
names. It does not beat them at everything, but it gets close enough, and in a couple of areas it is clearly better.
`);
const arH1 = 'Design and ports';
const arP2 = paras(`
The aluminum chassis weighs 1.3 kg and flexes less than anything else I have tested at this price. Corvane kept the ports
that many competitors dropped: two USB-C ports that both support charging, a full-size USB-A port, HDMI 2.1, a headphone jack,
and, remarkably, a microSD slot.

The keyboard is the best part of the laptop. Keys have 1.5 mm of travel and a firm, even bottom, and the backlight has three
levels instead of the usual two. The touchpad is smaller than I would like but tracks accurately.
`);
const arH2 = 'Performance and battery';
const arP3 = paras(`
Our review unit had the higher-end processor option, and in our usual tests it landed within a few percent of similarly
priced machines in single-core work and slightly behind in multi-core tasks, where the Slate’s fans are tuned to stay quiet
rather than run fast. For browsing, office work, and light photo editing, you will not notice the difference.

Battery life is very good. In our Wi-Fi browsing test at 200 nits the Slate lasted 13 hours and 40 minutes, and in a video
playback test it went a little over 16 hours.

The problem is sleep. On three occasions over two weeks, the Slate failed to stay asleep in a closed bag and came out hot, with
its battery down by a third. Corvane told us it has identified a firmware bug and expects to ship a fix next month. Until it
does, I would set the laptop to hibernate when the lid closes.
`);
const arH3 = 'The good';
const arGood = lines(`
Excellent keyboard with deep travel and a three-level backlight
Sturdy aluminum chassis with very little flex
Useful port selection, including HDMI and a microSD slot
Long battery life in both browsing and video tests
`);
const arH4 = 'The bad';
const arBad = lines(`
Multi-core performance trails competitors slightly
Touchpad could be bigger
Speakers are thin at higher volumes
`);
const arH5 = 'The ugly';
const arUgly = lines(`
A sleep bug that can drain the battery and heat the laptop in a bag
`);
const arNav = lines(`
Tech
Science
Policy
Cars
Gaming & Culture
Store
Forum
`);
const arText = lines(`
Text settings
Story text
Size
Small
Standard
Large
Width
Wide
Links
Orange
Subscribers only
Learn more
Minimize to nav
`);
const arRead = lines(`
Researchers find a cheaper way to make green steel
Streaming service pulls the plug on its ad-free tier
New Mars orbiter images reveal dust storm on the move
Court tosses lawsuit over smart doorbell recordings
The best budget monitors we have tested this year
`);
const arCap1 = 'The Slate 14 keeps a full-size USB-A port and HDMI.';
const arCap2 = 'The keyboard has 1.5 mm of travel and three backlight levels.';
const arCredit = 'Credit: Jonas Whitfield';
const arBio = 'Jonas Whitfield is a Senior Technology Reporter at Ars Technica, where he has covered laptops, PCs and operating systems since 2016.';
const arFooter = lines(`
About Us
Staff Directory
Newsletters
Ars Videos
General FAQ
RSS Feeds
Contact us
Advertise with us
Reprints
Do Not Sell My Personal Information
`);
const arTag =
  'Ars Technica has been separating the signal from the noise for over 25 years. With our unique combination of technical savvy and wide-ranging ' +
  'interest in the technological arts and sciences, Ars is the trusted source in a sea of information.';
const arLegal =
  '© 2025 Condé Nast. All rights reserved. Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement and ' +
  'Privacy Policy and Cookie Statement and Ars Technica Addendum and Your California Privacy Rights.';
const arFig = (img: string, cap: string): string => `<figure class="ars-img-shortcode id-2051${img.length} align-fullwidth">
<div><img decoding="async" loading="lazy" width="1440" height="960" src="https://cdn.arstechnica.net/wp-content/uploads/2025/10/${img}.jpg" alt=""
class="fullwidth full" srcset="https://cdn.arstechnica.net/wp-content/uploads/2025/10/${img}-640x427.jpg 640w"></div>
<figcaption><div class="caption font-impact dusk:text-gray-300 mb-4 mt-2 inline-flex flex-row items-stretch gap-1 text-base leading-tight">
<div class="caption-icon bg-[left_top_5px] w-[10px] shrink-0"></div><div class="caption-content">${cap}
<span class="caption-credit mt-2 text-xs">${arCredit}</span></div></div></figcaption></figure>`;
const arPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const arHtml = `<!doctype html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corvane Slate 14 review: A quiet, sensible laptop with one bad habit - Ars Technica</title>
<meta name="description" content="${arSub}"><meta property="og:site_name" content="Ars Technica"><meta property="og:type" content="article">
<link rel="canonical" href="https://arstechnica.com/gadgets/2025/10/corvane-slate-14-review/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${arTitle}",
"datePublished":"2025-10-09T11:00:47+00:00","author":{"@type":"Person","name":"Jonas Whitfield"},"articleSection":"Tech"}]}</script>
<link rel='stylesheet' id='ars-styles-css' href='https://cdn.arstechnica.net/wp-content/themes/ars-v9/dist/css/app.css' media='all'>
<script>var ars = {"ASSETS":"https:\\/\\/cdn.arstechnica.net\\/wp-content\\/themes\\/ars-v9","HOME_URL":"https:\\/\\/arstechnica.com"};</script></head>
<body class="post-template-default single single-post postid-2051877 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="site-header relative z-50 bg-gray-700"><div class="mx-auto flex max-w-xl items-center justify-between">
<a href="https://arstechnica.com/" class="logo"><span class="sr-only">Ars Technica home</span><svg viewBox="0 0 85 36"></svg></a>
<nav class="primary-nav hidden md:block" aria-label="Sections"><ul class="flex gap-6">${links(arNav, 'menu-item')}</ul></nav>
<div class="flex items-center gap-3"><a class="btn-subscribe" href="/store/product/subscriptions/">Subscribe</a>
<button class="search-toggle" aria-label="Search dialog...">Search</button><a href="/civis/login" class="sign-in">Sign In</a></div></div>
<div class="text-settings-dropdown hidden" x-show="textSettingsOpen" aria-hidden="true">${lis(arText)}</div></header>
<main id="main" class="pb-8"><article class="double-column h-entry post-2051877 post type-post status-publish">
<header class="intro-header mx-auto max-w-xl px-[15px]"><div class="post-category mb-2"><a href="/gadgets/" class="text-orange-400 uppercase">Gadgets</a></div>
<h1 class="dusk:text-gray-100 mb-3 font-serif text-4xl font-semibold text-gray-700 md:text-5xl">${arTitle}</h1>
<p class="text-gray-550 dark:text-gray-250 dusk:text-gray-250 my-3 font-serif text-2xl italic">${arSub}</p>
<div class="byline-wrap flex items-center gap-2"><span class="byline"><a href="https://arstechnica.com/author/jonas-whitfield/"
class="text-orange-400">Jonas Whitfield</a>
</span> – <time class="date ltr:mr-2" datetime="2025-10-09T11:00:47+00:00">Oct 9, 2025 11:00 am</time> |
<a class="comment-count" href="#comments"><span class="sr-only">Comments </span>143</a>
<button class="text-settings-toggle" aria-label="Text settings">Text settings</button></div></header>
<div class="post-content post-content-double mx-auto max-w-xl">
${arFig('slate14-hero', 'Corvane’s Slate 14 is a second try at a consumer laptop.')}
${arPs(arP1)}
<h2>${arH1}</h2>
${arPs(arP2)}
${arFig('slate14-ports', arCap1)}
<div class="ad-wrapper is-fullwidth with-label"><span class="ad-label">Advertisement</span><div class="ad ad-mid" data-pb-slot="mid-article"></div></div>
${arFig('slate14-keys', arCap2)}
<h2>${arH2}</h2>
${arPs(arP3)}
<h2>${arH3}</h2>
<ul>${lis(arGood)}</ul>
<h2>${arH4}</h2>
<ul>${lis(arBad)}</ul>
<h2>${arH5}</h2>
<ul>${lis(arUgly)}</ul>
</div>
<div class="author-mini-bio mx-auto max-w-xl"><img alt="Photo of Jonas Whitfield" src="https://cdn.arstechnica.net/wp-content/uploads/authors/jw.jpg">
<div><div class="author-name"><a href="/author/jonas-whitfield/">Jonas Whitfield</a></div><div class="author-title">Senior Technology Reporter</div>
<p class="author-bio">${arBio}</p></div></div>
<div class="comments-button mx-auto max-w-xl" id="comments"><a class="btn" href="https://arstechnica.com/civis/threads/corvane-slate-14-review.1508812/">
<span class="icon"></span>143 Comments</a></div></article>
<aside class="sidebar"><section class="most-read"><h3 class="text-orange-400">Most Read</h3><ol>
${arRead.map((t, i) => `<li class="most-read-item"><span class="rank">${i + 1}</span><a href="/most-read/${i}/">${t}</a></li>`).join('\n')}</ol></section>
<section class="ars-video"><h3>Ars Video</h3><p>How Scientists Respond to Science Deniers</p></section>
<div class="sub-promo"><h3>Ars Technica Pro</h3><p>Ad-free reading, full-text RSS and a subscriber badge in the forums.</p><a href="/store/">Learn
more</a></div></aside></main>
<footer class="site-footer bg-gray-700"><a href="/" class="logo"><span class="sr-only">Ars Technica home</span></a><p class="tagline">${arTag}</p>
<ul class="footer-nav">${links(arFooter)}</ul><p class="legal text-xs">${arLegal}</p><p class="legal text-xs">Ars may earn compensation on sales from links on
this site. <a href="/amazon-affiliate-disclosure/">Read our affiliate link policy.</a></p><button class="ot-sdk-show-settings">Your Privacy
Choices</button></footer>
<script src="https://cdn.arstechnica.net/wp-content/themes/ars-v9/dist/js/app.js" id="ars-app-js" defer></script></body></html>`;
const ars: TestPage = {
  html: arHtml,
  name: 'heldout159-arstechnica-review',
  kind: 'news',
  // the subtitle is body; the review's own "The good / The bad / The ugly" h2s and their lists are headings and body
  title: arTitle,
  headings: [arH1, arH2, arH3, arH4, arH5],
  body: [arSub, ...texts(arP1), ...texts(arP2), ...texts(arP3), ...arGood, ...arBad, ...arUgly],
  bylines: ['Jonas Whitfield', 'Oct 9, 2025 11:00 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'Ars Technica home', ...arNav, 'Subscribe', 'Search', 'Sign In', ...arText, 'Gadgets', '143',
    'Corvane’s Slate 14 is a second try at a consumer laptop.', arCredit, arCap1, 'Advertisement', arCap2, 'Senior Technology Reporter', arBio,
    '143 Comments', 'Most Read', ...arRead, 'Ars Video', 'How Scientists Respond to Science Deniers', 'Ars Technica Pro',
    'Ad-free reading, full-text RSS and a subscriber badge in the forums.', arTag, ...arFooter, arLegal,
    'Ars may earn compensation on sales from links on this site. Read our affiliate link policy.', 'Your Privacy Choices',
  ])],
};

export const HELDOUT159_B: readonly TestPage[] = [ars, techcrunchStory];
