import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout433-kit.js';
import { webflowEscape } from './pages-heldout433-e2.js';

/**
 * Held-out batch 433, file e: a family days-out listicle on a Reach plc-style regional news site ("Live" header with the
 * section nav, standfirst, author with job title, published and updated times, share buttons, in-article images with
 * caption and credit, "Read More" related-article rail, inline newsletter sign-up, ad slots with labels, the comments
 * button, "Most Read" rail, footer and the Sourcepoint consent message) and, from file e2, an escape room's booking page.
 */
const eTitle = 'Seven brilliant family days out in Wessex for the Easter holidays';
const eStand = 'From a show cave to a Victorian pier, these are the best places to take the kids this Easter without breaking the bank';
const eIntro = [
  j(
    'The Easter holidays are almost here, and if you are already wondering how to fill two weeks with the kids, we have',
    'done the hard work for you. We have picked seven days out across the region for all ages and budgets, from free walks',
    'to big-ticket theme parks.',
  ),
  'Prices are for a family of four buying online in advance, and were correct at the time of writing.',
];
const eItems: readonly (readonly [string, readonly string[]])[] = [
  [
    '1. Thornbury Vale Adventure Park',
    [
      j(
        'The big news this year is Stormcrow, the park’s new launched coaster, though with a 1.30 m height limit it is one for',
        'older children. Younger ones will be happier in Tiny Town, which has eleven rides with no minimum height.',
      ),
      'Family ticket from £112. Open daily from 28 March.',
    ],
  ],
  [
    '2. Gallowmere Caverns',
    [
      j(
        'A guided walk through underground chambers is a good bet whatever the weather, and the moment when the guide turns the',
        'lights off is a favourite with kids. Wear good shoes: there are nearly 150 steps each way.',
      ),
      'Family ticket £44. Not suitable for pushchairs.',
    ],
  ],
  [
    '3. Saltmarsh Aquarium',
    [
      j(
        'The new seahorse nursery opens on 4 April, and daily feeding talks are included in the ticket. Arrive for the 11.15',
        'ray feed to see the lagoon at its liveliest.',
      ),
    ],
  ],
  [
    '4. Hallowmoor Castle',
    [
      j(
        'A proper castle with a keep, spiral stairs and an Easter trail through the walled garden. The trail costs £3 per child',
        'and comes with a chocolate prize at the end.',
      ),
    ],
  ],
  ['5. Tidewater Pier, Brinmouth', ['Free to walk along, with a small funfair and a beautiful old carousel. An all-day ride wristband is £14 per child.']],
  [
    '6. Splashcove Water Park',
    [j('Indoor, so the weather does not matter. Under-8s need an adult in the water with them, and the biggest slide needs', 'riders to be 1.37 m tall.')],
  ],
  [
    '7. Coldharbour Woods',
    [
      j(
        'If the budget has run out, this forestry woodland has a free Gruffalo-style sculpture trail, a play area and plenty of',
        'picnic spots. Parking costs £4 for the day.',
      ),
    ],
  ],
];
const eNav = ['News', 'Sport', 'What’s On', 'Family', 'Property', 'Jobs', 'Announcements'];
const eReadMore = ['Stormcrow opening date confirmed by Thornbury Vale', 'Easter weather forecast: sunshine and showers for Wessex'];
const eMostRead = ['Road closures planned for the bank holiday weekend', 'New primary school to open in Lunebridge', 'Top ten chippies by the sea'];
const eFoot = ['Contact us', 'Advertise with us', 'Terms and Conditions', 'Privacy Notice', 'Cookie Notice', 'How to complain', 'Corrections'];
const figure = (src: string, cap: string, credit: string): string => `<figure class="in-article-image"><div class="img-container"><picture>
<img class="lazyload" data-src="https://i2-prod.wessexlive.example/incoming/article${src}.ece/ALTERNATES/s615/0_${src}.jpg" alt="${cap}"></picture></div>
<figcaption><span class="caption">${cap}</span> <span class="credits">(Image: ${credit})</span></figcaption></figure>`;
const ad = (id: string): string =>
  `<div class="ad-slot ad-slot--inarticle" id="div-gpt-ad-${id}" data-ad-slot="inarticle"><span class="ad-label">Advertisement</span></div>`;
const eBody = eItems
  .map(
    ([h, p], i) => `<h2>${h}</h2>\n${ps(p)}${i === 1 ? `\n${figure('31002471', 'The Cathedral Chamber at Gallowmere Caverns', 'Gallowmere Caverns')}` : ''}
${i === 2 ? ad('inarticle-2') : ''}${
  i === 3
    ? `<aside class="read-more-links"><h3>Read More</h3><div class="read-more-container"><div class="related-articles">
<h4 class="section-label">Related Articles</h4>${eReadMore
        .map(
          (r) => `<div class="related-article"><a href="/whats-on/${r.length}"><span>${r}</span></a>
</div>`,
        )
        .join('\n')}
</div></div></aside>`
    : ''
}`,
  )
  .join('\n');
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Seven brilliant family days out in Wessex for the Easter holidays - Wessex Live</title>
<meta name="description" content="${eStand}"><meta property="og:type" content="article"><meta property="og:site_name" content="Wessex Live">
<meta name="article:published_time" content="2026-03-14T09:00:00Z"><meta name="page.section" content="whats-on"><meta name="page.content.type"
content="listicle">
<link rel="canonical" href="https://www.wessexlive.example/whats-on/family-kids-news/family-days-out-easter-wessex-31002455">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${eTitle}","datePublished":"2026-03-14T09:00:00Z",
"dateModified":"2026-03-14T11:12:40Z","author":[{"@type":"Person","name":"Ellie Brampton"}],
"publisher":{"@type":"NewsMediaOrganization","name":"Wessex Live"}}</script>
<script>window.dataLayer = [{"pageType":"article","articleId":"31002455","section":"whats-on","author":"Ellie Brampton"}];</script></head>
<body class="article-page whats-on"><a class="skip-link" href="#content">Skip to main content</a>
<header class="mod-header" data-mod="header"><div class="header-container"><a class="logo" href="/"><img src="/logo-wessexlive.svg" alt="Wessex Live"></a>
<nav class="primary" aria-label="Main navigation"><ul class="nav-menu">${links(eNav, 'nav-item')}</ul></nav>
<a class="subscribe-link" href="/newsletters">Newsletters</a></div></header>
<main id="content"><article itemscope itemtype="http://schema.org/NewsArticle" class="article-main"><div class="article-wrapper">
<ol class="breadcrumbs"><li><a href="/whats-on/">What's On</a></li><li><a href="/whats-on/family-kids-news/">Family & Kids</a></li></ol>
<h1 class="section-theme-background-indicator publication-font">${eTitle}</h1>
<p class="sub-title" itemprop="description">${eStand}</p>
<div class="article-information"><div class="author-information"><div class="author-information-container"><span class="author">
<a href="/authors/ellie-brampton/" itemprop="author">Ellie Brampton</a></span><span class="job-title">What’s On Editor</span></div></div>
<ul class="time-info"><li><span class="date-published"><span class="time-container">09:00, 14 MAR 2026</span></span></li>
<li class="date-updated"><span>Updated</span><span class="time-container">11:12, 14 MAR 2026</span></li></ul></div>
<div class="social-share"><ul class="share-btns"><li><a class="share-facebook" href="#">Share</a></li><li><a class="share-comments"
href="#comments">Comments</a></li>
<li><a class="share-bookmark" href="#">Bookmark</a></li></ul></div>
${figure('31002460', 'Stormcrow, Thornbury Vale’s new coaster, opens this Easter', 'Thornbury Vale Adventure Park')}
<div class="article-body" itemprop="articleBody">
${ps(eIntro)}
<div class="newsletter-signup-inline"><p class="newsletter-title">Get the best things to do in Wessex sent to your inbox</p>
<form><input type="email" placeholder="Enter email"><button type="submit">Subscribe</button></form>
<p class="newsletter-legal">We use your sign-up to provide content in ways you’ve consented to. See our Privacy Notice.</p></div>
${eBody}
</div>
<div class="comments-wrapper" id="comments"><button class="comments-button">Join the conversation</button></div></div></article>
<aside class="most-read"><h2>Most Read</h2><ol>${links(eMostRead, 'most-read-item')}</ol><span class="ad-label">Advertisement</span></aside></main>
<footer class="mod-footer"><ul class="footer-links">${links(eFoot)}</ul><p class="copyright">© 2026 a Reach plc subsidiary. All rights reserved.</p></footer>
<div id="sp_message_container_1001" class="sp_message_container"><div class="message-component message-row"><p class="message-component
message-text">We and our partners use cookies to give you the best experience, to personalise ads and to analyse traffic.</p>
<button class="message-component message-button sp_choice_type_11" title="Accept">I Accept</button>
<button class="message-component message-button sp_choice_type_12" title="Options">Show Purposes</button></div></div>
<script src="https://www.wessexlive.example/static/js/main.c81f4e.js" async></script></body></html>`;
const reach: TestPage = {
  name: 'heldout433-reach-family-days-out-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eItems.map(([h]) => h),
  body: texts([eStand, ...eIntro, ...eItems.flatMap(([, p]) => p)]),
  bylines: ['Ellie Brampton', 'What’s On Editor', '09:00, 14 MAR 2026', 'Updated', '11:12, 14 MAR 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...eNav.filter((n) => n !== 'Family'), 'Newsletters', "What's On", 'Family & Kids', 'Share', 'Comments', 'Bookmark',
    'Stormcrow, Thornbury Vale’s new coaster, opens this Easter', '(Image: Thornbury Vale Adventure Park)',
    'Get the best things to do in Wessex sent to your inbox', 'Subscribe',
    'We use your sign-up to provide content in ways you’ve consented to. See our Privacy Notice.',
    'The Cathedral Chamber at Gallowmere Caverns', '(Image: Gallowmere Caverns)', 'Advertisement', 'Read More', 'Related Articles', ...eReadMore,
    'Join the conversation', 'Most Read', ...eMostRead, ...eFoot, '© 2026 a Reach plc subsidiary. All rights reserved.',
    'We and our partners use cookies to give you the best experience, to personalise ads and to analyse traffic.', 'I Accept', 'Show Purposes',
  ],
};

export const HELDOUT433_E: readonly TestPage[] = [reach, webflowEscape];
