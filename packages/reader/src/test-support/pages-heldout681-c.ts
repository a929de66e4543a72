import { links, plain, type TestPage } from './page-kit.js';
import { j, type Section, secs } from './pages-heldout681-kit.js';

/**
 * Held-out batch 681, file c: a tattoo studio's FAQ page built with Webflow (grid of question cards, CTA band), and a local
 * news article about a barber retiring on a Next.js news site (CSS-module classes, __NEXT_DATA__, most-read rail).
 */
const fTitle = 'Frequently asked questions';
const fIntro = 'Everything you need to know before, during and after your session at Blackfern Studio.';
const fGroups: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  [
    'Before your appointment',
    [
      ['How old do I need to be?', 'You must be 18 or over, with photo ID on the day. We do not tattoo anyone under 18, even with parental consent.'],
      ['Do you take deposits?', 'Yes. A deposit of £40 to £100, depending on the size of the piece, holds your slot and goes towards the final price.'],
      ['Can I change my design?', 'Small changes are fine up to 48 hours before your appointment. A completely new idea may need a new consultation.'],
    ],
  ],
  [
    'On the day',
    [
      ['Does it hurt?', 'A little. Most people describe it as a hot scratch. Ribs, feet and the inner arm tend to be the most sensitive spots.'],
      ['Can I bring a friend?', 'One friend is welcome for smaller pieces. For longer sessions we ask you to come alone so the artist can focus.'],
      ['Should I eat first?', 'Yes, have a proper meal beforehand and bring a sugary drink. Please do not drink alcohol the night before.'],
    ],
  ],
  [
    'Aftercare &amp; touch-ups',
    [
      ['Are touch-ups free?', 'Touch-ups within three months of your appointment are free, as long as you followed the aftercare advice.'],
      ['What cream should I use?', 'Any fragrance-free balm. We sell our own at the front desk, but you do not need to buy it.'],
    ],
  ],
];
const fNav = ['Artists', 'Portfolio', 'Aftercare', 'FAQ', 'Book'];
const fFoot = ['Instagram', 'TikTok', 'Privacy', 'Booking terms'];
const fGroupHtml = fGroups
  .map(
    ([g, qs]) => `<div class="faq-group"><h2 class="heading-2 faq-group-title">${g}</h2><div class="w-layout-grid faq-grid">
${qs.map(([q, a]) => `<div class="faq-card"><h3 class="faq-question">${q}</h3><p class="faq-answer">${a}</p></div>`).join('\n')}</div></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 13 2026 10:12:40 GMT+0000 -->
<html data-wf-domain="www.blackfern.studio" data-wf-page="65a1c2d3e4f5a6b7c8d9e0f1" data-wf-site="65a1c2d3e4f5a6b7c8d9e0aa"><head><meta charset="utf-8">
<title>FAQ | Blackfern Studio</title><meta content="Answers about age, deposits, pain, aftercare and touch-ups at Blackfern Studio." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65a1c2d3e4f5a6b7c8d9e0aa/css/blackfern.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">
!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Does it hurt?"}]}</script>
</head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.com/65a1c2d3e4f5a6b7c8d9e0aa/logo.svg" alt="Blackfern Studio"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="container w-container"><h1 class="heading-hero">${fTitle}</h1><p class="paragraph-large">${fIntro}</p></div>
</section>
<section class="section-faq"><div class="container w-container">${fGroupHtml}</div></section>
<section class="section-cta"><div class="container w-container"><div class="cta-wrapper"><h2 class="heading-cta">Still have a question?</h2>
<p class="paragraph-cta">Drop us a message and the front desk will get back to you within a day.</p>
<a href="/contact" class="button-primary w-button">Message us</a></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-brand">Blackfern Studio</div>
<div class="footer-text">41 Canal Wharf, Lenbridge</div></div>
<div class="footer-col">${fFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-copyright">© 2026 Blackfern Studio Ltd.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1c2d3e4f5a6b7c8d9e0aa" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65a1c2d3e4f5a6b7c8d9e0aa/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflowFaq: TestPage = {
  name: 'heldout681-studio-faq-webflow',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGroups.flatMap(([g, qs]) => [plain(g), ...qs.map(([q]) => q)]),
  body: [fIntro, ...fGroups.flatMap(([, qs]) => qs.map(([, a]) => a))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Artists', 'Portfolio', 'FAQ', 'Book', 'Still have a question?', 'Drop us a message and the front desk will get back to you within a day.',
    'Message us', '41 Canal Wharf, Lenbridge', ...fFoot, '© 2026 Blackfern Studio Ltd.',
  ],
};

const nTitle = 'After 52 years, the barber of Flint Street puts down his scissors';
const nDek = 'Len Okafor-Hale opened his shop in 1974 with one chair and a borrowed mirror. On Saturday he cuts his last head of hair.';
const nSecs: readonly Section[] = [
  [
    '',
    [
      j(
        'There is a queue outside Len\u2019s on Flint Street most Saturday mornings, but this week it has stretched past the bakery.',
        'Regulars, some of whom had their first haircut in the shop as toddlers, have been coming in all week to say goodbye.',
      ),
      j(
        'Mr Okafor-Hale, 78, says he has worked out that he has given roughly 190,000 haircuts in the same narrow room, which still has',
        'its original black and white floor tiles and a 1960s barber chair he bought second-hand from a shop in Dunmere.',
      ),
      '\u201cI never planned to stay this long,\u201d he said. \u201cI kept thinking I would do something else next year. Then it was fifty years.\u201d',
      j(
        'The shop has changed little. Prices are written in marker pen on a card by the door, a cut still costs £12, and there is no',
        'booking system, only the bench by the window. Mr Okafor-Hale says he has never taken a card payment and does not intend to start.',
      ),
    ],
  ],
  [
    'A new chair for an old apprentice',
    [
      j(
        'The lease has been taken over by Priya Lund, 34, who swept the floor at Len\u2019s as a Saturday job when she was fifteen and',
        'now runs a barbershop in the town centre. She plans to reopen in June under the same name, and to keep the chair.',
      ),
      '\u201cPeople would never forgive me if I took the tiles up,\u201d she said.',
      j(
        'Mr Okafor-Hale will cut his last customer\u2019s hair at noon on Saturday. He says he plans to spend his retirement fishing',
        'on the Lenn and, for the first time in half a century, letting somebody else cut his own hair.',
      ),
    ],
  ],
];
const nArt = secs(nSecs, { pAttrs: ' class="ArticleBody_paragraph__Qm2xT"', hTag: 'h2' });
const nNav = ['News', 'Sport', 'What\u2019s On', 'Business', 'Opinion', 'Property'];
const nMost = [
  'Lenbridge bypass to close for three weekends',
  'School dinner staff vote to strike',
  'Canal Wharf flats approved after second appeal',
  'Dunmere market moves indoors for winter',
];
const nFoot = ['About us', 'Contact', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${nTitle} | The Corrow Courier</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/css/4e1a9c2b.css" as="style"><link rel="stylesheet" href="/_next/static/css/4e1a9c2b.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-04-14T06:00:00+01:00",
"author":[{"@type":"Person","name":"Tamsin Achebe"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Corrow Courier"}}</script>
<script src="/_next/static/chunks/webpack-8f2b.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-0c1d.js" defer="">
</script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__a1B2c">Skip to main content</a>
<header class="Header_header__3kP0a"><div class="Header_top__Zx9Lm"><a href="/" class="Header_logo__pQ4rS" aria-label="The Corrow Courier home">
<svg viewBox="0 0 200 40" aria-hidden="true"><path d="M0 0h200v40H0z"></path></svg></a>
<a href="/subscribe" class="Button_button__Hj3kL Button_primary__d9Ee1">Subscribe</a><a href="/login" class="Header_login__u7Tq2">Sign in</a></div>
<nav class="Nav_nav__Yt6rW" aria-label="Sections"><ul class="Nav_list__k2Lmn">${links(nNav, 'Nav_item__P0oQs')}</ul></nav></header>
<main id="main" class="Layout_main__9aQwE"><div class="Layout_grid__x4Rt7"><article class="Article_article__e3Wq1">
<header class="ArticleHeader_header__m1Nb2"><a class="ArticleHeader_kicker__z8Xc3" href="/news/local">Local</a>
<h1 class="ArticleHeader_headline__x1Yz4">${nTitle}</h1><p class="ArticleHeader_standfirst__c5Vb6">${nDek}</p>
<div class="ArticleHeader_meta__n7Mm8"><span class="Byline_byline__r3Tt9">By <a href="/authors/tamsin-achebe">Tamsin Achebe</a></span>
<time class="Byline_date__w2Ee0" dateTime="2026-04-14T06:00:00+01:00">14 April 2026, 6:00am</time></div></header>
<figure class="ArticleImage_figure__h6Jj1">
<img alt="" loading="eager" width="1200" height="800" decoding="async" src="/_next/image?url=%2Fimg%2Flen.jpg&amp;w=1200&amp;q=75">
<figcaption class="ArticleImage_caption__b4Nn2">Len Okafor-Hale in the chair he bought in 1974<span
class="ArticleImage_credit__y1Uu3">Photo: Ros Hendry</span></figcaption></figure>
<div class="ArticleBody_body__t8Ll5">
${nArt.html}
</div>
<div class="ShareBar_bar__k9Pp4"><span class="ShareBar_label__s1Aa2">Share this story</span><button class="ShareBar_btn__q3Zz5">Copy link</button>
<a class="ShareBar_btn__q3Zz5" href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
<a class="ShareBar_btn__q3Zz5" href="https://x.com/intent/post">X</a></div>
<ul class="Tags_tags__f4Gg6"><li><a href="/topics/flint-street">Flint Street</a></li><li><a href="/topics/small-business">Small business</a></li></ul></article>
<aside class="Rail_rail__l5Kk7"><section class="MostRead_box__o2Ii8"><h2 class="MostRead_title__g7Hh9">Most read</h2><ol class="MostRead_list__v0Bb1">
${links(nMost, 'MostRead_item__j3Dd4')}</ol></section><div class="Ad_slot__c6Ff7" data-slot="mpu-1"><span class="Ad_label__a9Ss0">Advertisement</span></div>
</aside></div>
<section class="Newsletter_box__x8Yy2"><h2>Get the Courier in your inbox</h2><p>The day's local news at 7am, every weekday.</p>
<form><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email"><button type="submit">Sign up</button></form>
</section></main>
<footer class="Footer_footer__e1Rr3"><ul class="Footer_links__n4Ww5">${links(nFoot)}</ul>
<p class="Footer_copy__u5Tt6">© 2026 Corrow Courier Media Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"headline":"${nTitle}","standfirst":"${nDek}","section":"news"}}},
"page":"/[section]/[slug]","query":{"section":"news","slug":"flint-street-barber-retires"},"buildId":"k3Hq9mZ","isFallback":false,"gssp":true}</script>
</body></html>`;
const nextNews: TestPage = {
  name: 'heldout681-barber-retires-nextjs-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nArt.headings,
  body: [nDek, ...nArt.body],
  bylines: ['By Tamsin Achebe', '14 April 2026, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', 'Sign in', ...nNav, 'Local', 'Len Okafor-Hale in the chair he bought in 1974', 'Photo: Ros Hendry',
    'Share this story', 'Copy link', 'Facebook', 'X', 'Small business', 'Most read', ...nMost, 'Advertisement',
    'Get the Courier in your inbox', "The day's local news at 7am, every weekday.", 'Email address', 'Sign up', ...nFoot,
    '© 2026 Corrow Courier Media Ltd. All rights reserved.',
  ],
};

export const HELDOUT681_C: readonly TestPage[] = [webflowFaq, nextNews];
