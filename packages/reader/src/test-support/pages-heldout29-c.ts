import { links, type TestPage, texts } from './page-kit.js';
import { nyPost } from './pages-heldout29-c2.js';

/**
 * Held-out batch 29, file c: a Japan Times story (utility bar with the date and "Subscribe"/"Login", section nav, the
 * "JAPAN / SOCIETY" kicker, headline, byline with "Staff writer" and date, share and "Gift this article" buttons, lead image
 * with a "| credit" caption, a second captioned image and the "Photo gallery (click to enlarge)" strip, the subscription pitch
 * box, "Keywords" tags, "Latest Japan stories" and "Most read" lists and the footer). The New York Post story of this file is
 * in pages-heldout29-c2.ts.
 */
const jtTitle = 'Akita brewery ages sake in abandoned rail tunnel as village fights to survive';
const jtBody1 = [
  'KAMIYUZAWA, Akita Pref. – Behind a rusted gate at the end of a farm road, a railway tunnel that has not seen a train since ' +
    '1987 now holds 4,000 bottles of sake.',
  'The 300-meter tunnel, part of a branch line closed when Japanese National Railways was broken up, stays at about 11 degrees ' +
    'Celsius all year round, which is why Yuzawa Shuzo, the village’s only brewery, began storing its sake there three years ago.',
  '“Our ancestors dug cellars into the hillside for the same reason,” said Kenichiro Hatakeyama, the brewery’s 46-year-old ' +
    'president and the sixth generation of his family to run it. “We just found a bigger one that someone else had already built.”',
  'The idea started as a way to save on refrigeration costs. It has become something more: a tourist attraction in a village ' +
    'that lost a third of its population in 20 years and now has fewer than 1,900 residents, more than half of them aged 65 or older.',
];
const jtBody2 = [
  'Visitors can book a guided walk through the tunnel, lit by lanterns, and taste sake aged for one, two and three years. The ' +
    'tours, which cost ¥3,500, have drawn about 6,000 people since they began last year, many of them from Taiwan and Hong Kong.',
  'Aged sake, known as koshu, is a niche product in Japan, where most sake is drunk within a year of brewing. It darkens with ' +
    'time and develops flavors of nuts, soy sauce and dried fruit that some drinkers love and others find odd.',
  '“When people taste the three-year sake they either make a face or buy two bottles,” Hatakeyama said. “There is no middle.”',
  'The village has put ¥12 million from its furusato nōzei hometown tax donations toward repairing the tunnel’s entrance and ' +
    'building a small shop beside it. Mayor Tomoko Ishiguro said she hoped the tunnel would give young people a reason to stay.',
  '“We cannot promise them a factory or an office,” she said. “But we can show them that something old and forgotten here can ' + 'be worth the trip.”',
  'The brewery plans to move its entire aged stock into the tunnel by next spring and to release its first five-year sake in 2027.',
];
const jtNav = ['News', 'Japan', 'Business', 'Asia Pacific', 'World', 'Opinion', 'Life', 'Culture', 'Sports', 'Podcasts', 'Video'];
const jtCaption1 =
  'Kenichiro Hatakeyama, president of Yuzawa Shuzo, inside the disused railway tunnel where the brewery ages its sake in ' +
  'Kamiyuzawa, Akita Prefecture, on Nov. 12. | Haruka Miyashita';
const jtCaption2 = 'Bottles of koshu aged for three years, which sell for ¥6,800 each at the tunnel shop. | Courtesy of Yuzawa Shuzo';
const jtPitch =
  'At a time of endless noise and misinformation, reliable journalism matters more than ever. Subscribing helps us keep ' + 'getting the story right.';
const jtKeywords = ['Akita Prefecture', 'sake', 'depopulation', 'rural Japan', 'tourism'];
const jtLatest = [
  'Osaka to cap daily visitors at popular shrine during New Year holidays',
  'Bear sightings in Tohoku hit record as acorn crop fails',
  'Japan’s jobless rate edges down to 2.4% in October',
];
const jtMostRead = [
  'Why Japan’s convenience stores are cutting 24-hour service',
  'Shinkansen to carry freight on weekday mornings from April',
  'Tokyo landlords turn to AI to screen foreign tenants',
];
const jtFoot = ['About us', 'Contact us', 'Advertise', 'Careers', 'Corrections', 'Privacy policy', 'Terms of service', 'Cookie settings'];
const jtHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${jtTitle} - The Japan Times</title>
<meta name="robots" content="max-image-preview:large"><meta property="article:section" content="Japan">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${jtTitle}","datePublished":"2025-11-21T16:20:00+09:00",
"author":[{"@type":"Person","name":"Haruka Miyashita"}],"keywords":"${jtKeywords.join(', ')}"}</script>
<script>var jtConfig={"paywall":{"meter":5,"type":"metered"},"ads":{"zone":"japan-society"}};</script>
<style>.jt-byline__name,.jt-byline__title,.jt-kicker{text-transform:uppercase}.jt-gallery__label{letter-spacing:.08em}</style></head>
<body class="single single-post jt-article-template">
<div class="jt-utility-bar"><span class="jt-utility-bar__date">Friday, Nov. 21, 2025</span><a class="jt-utility-bar__epaper" href="/epaper">ePaper</a>
<a class="jt-btn jt-btn--subscribe" href="/subscribe/">Subscribe</a><a class="jt-btn jt-btn--login" href="/login/">Login</a></div>
<header class="jt-header"><a class="jt-header__logo" href="/"><img src="/theme_japantimes/img/logo.svg" alt="The Japan Times"></a>
<nav class="jt-header__nav"><ul class="menu">${links(jtNav, 'menu-item')}</ul></nav>
<button class="jt-header__search" aria-label="Search"><svg aria-hidden="true"></svg></button></header>
<div class="jt-ad jt-ad--billboard"><div id="div-gpt-ad-billboard"></div></div>
<main class="jt-main"><div class="jt-container"><article class="jt-article">
<div class="jt-kicker"><a href="/news/national/">Japan</a> / <a href="/news/national/social-issues/">Society</a></div>
<h1 class="jt-article__title">${jtTitle}</h1>
<div class="jt-byline"><p class="jt-byline__writers">By <a class="jt-byline__name" href="/author/int-haruka-miyashita/">Haruka Miyashita</a></p>
<p class="jt-byline__title">Staff writer</p><p class="jt-byline__date"><time datetime="2025-11-21T16:20:00+09:00">Nov 21, 2025</time></p></div>
<div class="jt-share"><button class="jt-share__button" aria-haspopup="menu">Share</button>
<button class="jt-gift">Gift this article</button><button class="jt-print" onclick="window.print()">Print</button></div>
<figure class="jt-article__lead"><img src="https://www.japantimes.example/uploads/imported_images/uploads/2025/11/np_file_312771.jpeg" alt="">
<figcaption class="jt-caption">${jtCaption1}</figcaption></figure>
<div class="jt-article__body article-body">
${jtBody1.map((t) => `<p>${t}</p>`).join('\n')}
<div class="jt-ad jt-ad--inarticle"><span class="jt-ad__label">Advertisement</span><div id="div-gpt-ad-inarticle-1"></div></div>
<figure class="jt-article__inline-image"><img src="https://www.japantimes.example/uploads/2025/11/np_file_312774.jpeg" alt="" loading="lazy">
<figcaption class="jt-caption">${jtCaption2}</figcaption></figure>
${jtBody2.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<section class="jt-gallery"><h4 class="jt-gallery__label">Photo gallery (click to enlarge)</h4><ul class="jt-gallery__list">
<li><button class="jt-gallery__thumb"><img src="/uploads/2025/11/np_file_312771-thumb.jpeg" alt=""></button></li>
<li><button class="jt-gallery__thumb"><img src="/uploads/2025/11/np_file_312774-thumb.jpeg" alt=""></button></li></ul></section>
<aside class="jt-subscribe-pitch"><p>${jtPitch}</p><a class="jt-btn jt-btn--subscribe" href="/subscribe/?src=article-pitch">Subscribe now</a></aside>
<div class="jt-keywords"><h4 class="jt-keywords__label">Keywords</h4><ul>${links(jtKeywords, 'jt-keywords__item')}</ul></div></article>
<aside class="jt-sidebar"><section class="jt-latest"><h3>Latest Japan stories</h3><ul>${links(jtLatest)}</ul></section>
<section class="jt-most-read"><h3>Most read</h3><ol>${links(jtMostRead)}</ol></section>
<div class="jt-ad jt-ad--rail"><div id="div-gpt-ad-rail-1"></div></div></aside></div></main>
<div class="jt-newsletter-bar"><p>Sign up for our free morning newsletter, delivered on weekdays at 8 a.m. JST.</p>
<a class="jt-btn" href="/newsletter/">Sign up</a></div>
<footer class="jt-footer"><a class="jt-footer__logo" href="/">The Japan Times</a><ul class="jt-footer__links">${links(jtFoot)}</ul>
<p class="jt-footer__copyright">Copyright © The Japan Times, Ltd. All rights reserved.</p></footer>
<div id="cmp-notice" class="jt-cookie-notice" role="dialog"><p>This site uses cookies to analyze traffic and to personalize content and ads.</p>
<button>OK</button><button>Settings</button></div></body></html>`;
const japanTimes: TestPage = {
  html: jtHtml,
  name: 'heldout29-japan-times-story',
  kind: 'news',
  // the dateline "KAMIYUZAWA, Akita Pref. –" opens the first paragraph: body; the story has no dek and no headings;
  // "Haruka Miyashita" (byline, listed once; the lead caption's "| Haruka Miyashita" credit is part of that caption),
  // "Staff writer" and the date are bylines ("By" in neither); the kicker, share, gift and print buttons, both captions, the
  // gallery strip, the subscription pitch, "Keywords" with its tags, rails, the newsletter bar, cookie notice, the utility
  // bar (its date is today's date on the site, not the story's: furniture), nav and footer are furniture; the nav's "Japan"
  // (the kicker's too) and the tag "sake" are words of the title and body: left out
  title: jtTitle,
  headings: [],
  body: [...texts(jtBody1), ...texts(jtBody2)],
  bylines: ['Haruka Miyashita', 'Staff writer', 'Nov 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Friday, Nov. 21, 2025', 'ePaper', 'Subscribe', 'Login', ...jtNav.filter((t) => t !== 'Japan'), 'Society', 'Share', 'Gift this article',
    'Print', jtCaption1, 'Advertisement', jtCaption2, 'Photo gallery (click to enlarge)', jtPitch, 'Subscribe now', 'Keywords',
    ...jtKeywords.filter((t) => t !== 'sake'), 'Latest Japan stories', ...jtLatest, 'Most read', ...jtMostRead,
    'Sign up for our free morning newsletter, delivered on weekdays at 8 a.m. JST.', 'Sign up', 'The Japan Times', ...jtFoot,
    'Copyright © The Japan Times, Ltd. All rights reserved.', 'This site uses cookies to analyze traffic and to personalize content and ads.',
    'OK', 'Settings',
  ],
};

export const HELDOUT29_C: readonly TestPage[] = [japanTimes, nyPost];
