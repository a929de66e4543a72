import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file f2: a craft magazine's article on its WordPress site (publisher template with ad slots, subscription promo and tags). */
const title = 'The rise of the repair café: why makers are mending together again';
const dek = 'From village halls to city libraries, volunteer menders are fixing thousands of items a year. We visited three to find out why.';
const p1 = [
  'On the first Saturday of every month, the back room of St Oswin’s church hall in Kelbrook fills with broken things. There are ' +
    'toasters with dead elements, jumpers with moth holes, a child’s scooter with a wobbly wheel and, on the morning we visited, a ' +
    'sewing machine that had not run since 1998.',
  'Behind the tables sit a dozen volunteers with soldering irons, darning mushrooms and a surprising number of screwdrivers. The ' +
    'Kelbrook Repair Café has been running for six years, and its organisers reckon they have fixed close to 2,000 items in that time.',
] as const;
const h1 = 'More than fixing things';
const p2 = [
  '“People come for the repair and stay for the tea,” says Alys Penhallow, a retired textiles teacher who runs the mending table. ' +
    '“But what they really take away is the confidence to try it themselves next time. I would rather teach someone to darn a sock ' +
    'than darn it for them.”',
  'That teaching role is what sets repair cafés apart from a repair shop. Visitors are expected to sit with the volunteer and help, ' +
    'and many leave with a new skill along with their mended item. Several of the Kelbrook volunteers started out as visitors.',
] as const;
const h2 = 'A growing movement';
const p3 = [
  'Across the country the number of repair cafés has roughly doubled in five years, according to the volunteers we spoke to, with ' +
    'new groups starting in libraries, community centres and even a garden centre café in Ashby Parva.',
  'In Harwell Green, the local group meets in the library and has added a dedicated textiles session after demand outgrew the ' +
    'single mending table. “Visible mending has brought in a whole new crowd,” says organiser Tobias Renn. “Younger people want ' +
    'the patch to show. It is a badge now, not something to hide.”',
] as const;
const h3 = 'How to start your own';
const p4 = ['If there is no repair café near you, the organisers we met had the same advice for anyone thinking of starting one:'] as const;
const tips = [
  'Find a free or cheap venue with plenty of tables and good light.',
  'Recruit a small core of fixers first, with at least one person who is confident with electrics.',
  'Check your insurance, and ask visitors to sign a simple disclaimer before repairs begin.',
  'Keep it regular, even if numbers are small at first. Word of mouth takes a few months.',
] as const;
const p5 = [
  'As for the sewing machine from 1998, it turned out to need nothing more than a clean, a drop of oil and a new drive belt. Its ' +
    'owner sewed a test seam at the table, then packed it up to take home, smiling.',
] as const;
const nav = ['Knitting', 'Crochet', 'Sewing', 'Papercraft', 'Embroidery', 'Magazines', 'Podcast'] as const;
const crumbs = ['Home', 'Sewing', 'Features'] as const;
const by = ['By Rhiannon Vale', 'Published: March 3, 2026 at 9:00 am'] as const;
const cap = ['Volunteers at the Kelbrook Repair Café mend a jumper and a lamp.', 'Photo: Joss Tremayne'] as const;
const readMore = 'Read more: Our guide to visible mending for beginners';
const promo = ['Subscribe to Making Today', 'Try your first 3 issues for just £5 and get a free project kit with every issue.', 'Subscribe now'] as const;
const ad = 'Advertisement';
const share = ['Share on Facebook', 'Share on Pinterest', 'Share on X', 'Share via email'] as const;
const tags = ['Mending', 'Sustainability', 'Community'] as const;
const bio = ['Rhiannon Vale', 'Rhiannon is features editor at Making Today and a keen sock darner.'] as const;
const related = [
  'You may also like',
  'Sashiko mending: a beginner’s guide',
  '10 sewing machine problems you can fix at home',
  'Meet the knitters yarn-bombing Bristol',
] as const;
const news = [
  'Sign up to our newsletter',
  'Get free patterns, projects and inspiration every week.',
  'Enter your email',
  'Sign up',
  'You can unsubscribe at any time.',
] as const;
const foot = ['About us', 'Contact us', 'Advertise', 'Privacy policy', 'Cookie policy', 'Terms and conditions', '© Larkhill Media Ltd 2026'] as const;
const cookie = ['We value your privacy', 'We and our partners use cookies to store and access information on your device.', 'Accept All', 'Options'] as const;
const slot = (id: string): string =>
  `<div class="ad-slot ad-slot--${id}" data-ad-unit="mt_${id}"><span class="ad-slot__label">${ad}</span><div id="mt_${id}"></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | Making Today</title>
<meta name="description" content="${dek}"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2026-03-03T09:00:00+00:00"><meta property="article:section" content="Sewing">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2026-03-03T09:00:00+00:00",
"author":[{"@type":"Person","name":"Rhiannon Vale"}],"publisher":{"@type":"Organization","name":"Making Today"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script><link rel="stylesheet" href="/wp-content/themes/mt/dist/app.css?v=2.14.0">
</head><body class="post-template-default single single-post single-format-standard">
<a class="skip-link" href="#main">Skip to main content</a>${slot('top_leaderboard')}
<header class="site-header"><a href="/" class="site-header__logo"><span class="screen-reader-text">Making Today</span></a>
<nav class="site-header__nav" aria-label="Main"><ul>${links(nav, 'site-header__nav-item')}</ul></nav><a href="/subscribe/"
class="site-header__cta button">Subscribe</a>
<button class="site-header__search" aria-label="Search"></button></header>
<main id="main" class="site-main"><div class="container"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${crumbs
  .map(
    (c) => `<li><a
href="#">${c}</a></li>`,
  )
  .join('')}</ol></nav>
<article class="article article--feature"><header class="article__header"><h1 class="article__title">${title}</h1><p class="article__standfirst">${dek}</p>
<div class="article__meta"><div class="article__byline"><img class="article__avatar" src="/wp-content/uploads/authors/rvale.jpg" alt="">
<span class="article__author">By <a href="/author/rhiannon-vale/">Rhiannon Vale</a></span></div>
<time class="article__date" datetime="2026-03-03T09:00:00+00:00">${by[1]}</time></div>
<div class="article__share">${share.map((s) => `<a class="share-btn" href="#"><span class="screen-reader-text">${s}</span></a>`).join('')}</div></header>
<figure class="article__hero"><img src="/wp-content/uploads/2026/03/repair-cafe.jpg" alt="" width="1200" height="675">
<figcaption class="article__caption">${cap[0]} <span class="article__credit">${cap[1]}</span></figcaption></figure>
<div class="article__body entry-content">
${ps(p1)}
${slot('inarticle_1')}
<h2>${h1}</h2>
${ps(p2)}
<p class="read-more"><strong><a href="/sewing/visible-mending-guide/">${readMore}</a></strong></p>
<h2>${h2}</h2>
${ps(p3)}
<aside class="subscribe-promo"><div class="subscribe-promo__cover"><img src="/wp-content/uploads/covers/mt-april.jpg" alt=""></div>
<div class="subscribe-promo__text"><h3>${promo[0]}</h3><p>${promo[1]}</p><a class="button" href="/subscribe/">${promo[2]}</a></div></aside>
<h2>${h3}</h2>
${ps(p4)}
<ul>${tips.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${slot('inarticle_2')}
${ps(p5)}
</div>
<footer class="article__footer"><ul class="article__tags">${links(tags, 'tag')}</ul>
<div class="author-bio"><h3 class="author-bio__name">${bio[0]}</h3><p class="author-bio__text">${bio[1]}</p></div></footer></article>
<aside class="sidebar">${slot('mpu_1')}<section class="related"><h2>${related[0]}</h2><ul>${links(related.slice(1), 'related__item')}</ul></section>
${slot('mpu_2')}</aside></div>
<section class="newsletter"><h2>${news[0]}</h2><p>${news[1]}</p><form><label for="nl-em">${news[2]}</label><input id="nl-em" type="email">
<button type="submit">${news[3]}</button></form><p class="newsletter__small">${news[4]}</p></section></main>
<footer class="site-footer"><ul>${links(foot.slice(0, 6))}</ul><p>${foot[6]}</p></footer>
<div class="qc-cmp2-container" id="qc-cmp2-container"><div class="qc-cmp2-summary-section" role="dialog"><h2>${cookie[0]}</h2><p>${cookie[1]}</p>
<button mode="primary">${cookie[2]}</button><button mode="secondary">${cookie[3]}</button></div></div>
<script src="/wp-content/themes/mt/dist/app.js?v=2.14.0" defer></script></body></html>`;

export const magazineArticle: TestPage = {
  name: 'heldout218-craft-magazine-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([dek, ...p1, ...p2, ...p3, ...p4, ...tips, ...p5]),
  bylines: [...by],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ad, 'Making Today', ...nav, 'Subscribe', 'Home', 'Features', ...share, ...cap, readMore, ...promo, ...tags, bio[1],
    ...related, ...news, ...foot, ...cookie,
  ],
};
