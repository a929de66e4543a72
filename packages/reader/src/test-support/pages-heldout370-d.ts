import { links, ps, type TestPage, texts } from './page-kit.js';
import { blogger } from './pages-heldout370-d2.js';
import { j, lis } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file d: a student magazine's issue page on an Issuu-style web reader built with Next.js (header
 * with Explore and sign-in, the embedded flipbook reader with its toolbar, publisher card with Follow, a short
 * description and its "In this issue" list, stats, Read more from the publisher, cookie banner, footer) and a school
 * yearbook club's post on Blogger (Contempo-style template: header, page list, post header with author and date, image
 * with caption table, labels, share buttons, Blogger comments, sidebar with profile, archive and labels, attribution).
 */
const iTitle = 'Paper Lantern Magazine, Spring 2026: The Night Issue';
const iBody = [
  j(
    'Paper Lantern is the student arts and culture magazine of Marrow Hill University, published twice a year by a staff of',
    'thirty writers, designers and photographers. Our spring issue is about the hours after dark: the people who work them,',
    'the places that only open then, and the students who do their best thinking at three in the morning.',
  ),
  j(
    'We spent two months riding the night bus, sitting in on the overnight shift at the campus power plant and interviewing',
    'the only bakery in town that opens at 4 a.m. The issue also includes new fiction and poetry from the spring writing',
    'contest and a photo essay shot entirely by streetlight.',
  ),
  'In this issue:',
];
const iList = [
  'Last Stop, Route 9: a night on the campus loop with driver Ines Korhonen',
  'Steam and Static: the overnight crew at the heating plant',
  'Flour at Four: inside Oskarsson’s Bakery before sunrise',
  'Streetlight, a photo essay by Calla Whitmore',
  'Winning entries from the spring writing contest',
];
const iMore = ['Paper Lantern, Fall 2025: The Water Issue', 'Paper Lantern, Spring 2025: Small Rooms', 'Orientation Guide 2025'];
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${iTitle} by
Paper Lantern Magazine - Flipread</title><meta name="description" content="Paper Lantern is the student arts and culture magazine of Marrow Hill University.">
<meta property="og:type" content="book"><meta property="og:title" content="${iTitle}"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://flipread.example/paperlanternmhu/docs/spring2026"><link rel="preload" href="/_next/static/css/8f2a1c.css" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PublicationIssue","name":"${iTitle}",
"datePublished":"2026-03-02","publisher":{"@type":"Organization","name":"Paper Lantern Magazine"},"numberOfPages":48}</script>
<script>window.__FLIPREAD_CONSENT__={"region":"US","banner":true};</script></head>
<body><div id="__next"><div class="AppLayout_app__x7Q2p">
<header class="Header_header__k3Lm9" data-testid="header"><a class="Header_logo__2bNd1" href="/" aria-label="Flipread home">Flipread</a>
<nav class="Header_nav__u8Tq0"><ul>${links(['Explore', 'Categories', 'Pricing', 'Resources'], 'Header_navItem__9Hh3s')}</ul></nav>
<div class="Header_actions__pQ1x4"><a class="Button_button__Jq7r2 Button_secondary__n0Wm1" href="/signin">Log in</a>
<a class="Button_button__Jq7r2 Button_primary__aZ8c3" href="/signup">Sign up</a></div></header>
<main class="DocumentPage_container__Rx4v8"><section class="ReaderEmbed_wrapper__d2Hs1" data-testid="reader">
<div class="ReaderEmbed_reader__Y6mNa" role="application" aria-label="Document reader"><canvas width="1280" height="820"></canvas></div>
<div class="ReaderToolbar_toolbar__b8Vv0"><button aria-label="Previous page">Previous page</button><span class="ReaderToolbar_pages__k1Zq7">1 / 48</span>
<button aria-label="Next page">Next page</button><button aria-label="Fullscreen">Fullscreen</button></div></section>
<section class="DocumentInfo_info__Wc3p5"><div class="PublisherCard_card__h5Tt2"><img src="https://image.flipread.example/avatar/paperlanternmhu.jpg" alt="">
<a class="PublisherCard_name__Lq9x3" href="/paperlanternmhu">Paper Lantern Magazine</a>
<button class="Button_button__Jq7r2 Button_primary__aZ8c3">Follow</button></div>
<h1 class="DocumentInfo_title__Fv6n2">${iTitle}</h1>
<div class="DocumentInfo_meta__Qe0r1"><span>Published on Mar 2, 2026</span></div>
<div class="DocumentInfo_description__Pn2m4">
${ps(iBody)}
<ul>
${lis(iList)}
</ul>
</div>
<div class="DocumentInfo_stats__Sd8k9"><span>48 pages</span> <span>1,204 views</span></div>
<div class="DocumentInfo_actions__Zr3b6"><button>Share</button><button>Download</button><button>Save</button></div></section>
<section class="MoreFromPublisher_section__Mt1c0"><h2 class="MoreFromPublisher_heading__Tp7w2">Read more from Paper Lantern Magazine</h2>
<ul class="MoreFromPublisher_list__Ve5n4">
${more(iMore)}
</ul></section></main>
<div id="consent-banner" class="ConsentBanner_banner__Gx2k8" role="dialog" aria-live="polite"><p>Flipread uses cookies to personalize content and
analyze traffic.</p><button>Accept all</button><button>Manage preferences</button></div>
<footer class="Footer_footer__Hn4r0"><ul>${links(['About Flipread', 'Careers', 'Help Center', 'Terms', 'Privacy'])}</ul>
<p class="Footer_copyright__Ly2s6">© 2026 Flipread Inc. All rights reserved.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"document":{"id":"spring2026","pageCount":48,
"title":"${iTitle}"}}},"page":"/[publisher]/docs/[document]","buildId":"rC9f2mQ"}</script>
<script src="/_next/static/chunks/main-4f1a2b.js" defer=""></script></body></html>`;
function more(items: readonly string[]): string {
  return items
    .map(
      (t) =>
        `<li class="DocumentCard_card__Ap3z1"><a href="/paperlanternmhu/docs/x"><img alt="" src="/cover.jpg"><p
class="DocumentCard_title__Rk8e2">${t}</p></a></li>`,
    )
    .join('\n');
}
const issuu: TestPage = {
  name: 'heldout370-flipread-issuu-blog',
  kind: 'blog',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts([...iBody, ...iList]),
  bylines: ['Paper Lantern Magazine', 'Published on Mar 2, 2026'],
  furniture: [
    'Flipread',
    'Explore',
    'Categories',
    'Pricing',
    'Resources',
    'Log in',
    'Sign up',
    'Previous page',
    '1 / 48',
    'Next page',
    'Fullscreen',
    'Follow',
    '48 pages',
    '1,204 views',
    'Share',
    'Download',
    'Save',
    'Read more from Paper Lantern Magazine',
    ...iMore,
    'Flipread uses cookies to personalize content and analyze traffic.',
    'Accept all',
    'Manage preferences',
    'About Flipread',
    'Careers',
    'Help Center',
    'Terms',
    'Privacy',
    '© 2026 Flipread Inc. All rights reserved.',
  ],
};

export const HELDOUT370_D: readonly TestPage[] = [issuu, blogger];
