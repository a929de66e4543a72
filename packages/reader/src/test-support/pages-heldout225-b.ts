import { links, ps, type TestPage, texts } from './page-kit.js';
import { shopifyGuide } from './pages-heldout225-b2.js';

/**
 * Held-out batch 225, file b: a Gardeners' World (Immediate Media) how-to article (consent banner, the magazine subscription
 * strip, the nav, breadcrumbs, the headline and standfirst, the author and "Published" date, the save and share buttons, the
 * hero image with its credit, a "Jump to" list, ad slots labelled "Advertisement", the mid-article newsletter box, an in-text
 * promo, "You may also like" cards and the footer) and, from file b2, a seed company's Shopify growing guide.
 */
const title = 'How to divide hostas in spring';
const stand = 'Lift and split overcrowded hostas as the shoots emerge to make new plants for free, with advice from Fenella Rusk.';
const intro = [
  'Hostas are among the easiest perennials to divide, and spring is the ideal time to do it. As the tightly furled shoots, or ' +
    '‘noses’, push through the soil you can see exactly where each crown is, and the plants have a whole growing season ahead to ' +
    'settle in before winter.',
  'Dividing keeps older clumps vigorous. After five or six years the centre of a hosta can become woody and produce fewer, smaller ' +
    'leaves, while the outside carries on growing. Splitting the clump gives you several young plants for other parts of the garden, ' +
    'or to swap with friends.',
];
const h1 = 'When to divide hostas';
const p1 = [
  'Divide hostas in early to mid-spring, when the noses are between two and five centimetres tall. At this stage they are easy to ' +
    'see and the roots are growing strongly. You can also divide them in late summer after flowering, but keep the divisions well ' +
    'watered through any dry spells.',
];
const h2 = 'What you’ll need';
const need = ['A garden fork', 'A sharp spade or an old bread knife', 'Well-rotted compost or leaf mould', 'A watering can'];
const h3 = 'How to divide hostas: step by step';
const steps = [
  'Water the clump well the day before so the roots come away from the soil more easily.',
  'Dig around the outside of the clump with a fork and lever it out of the ground, keeping as much root as you can.',
  'Place the clump on the lawn or a sheet and cut it into pieces with a spade or knife. Each piece should have at least three noses ' +
    'and a good wad of roots.',
  'Discard the old, woody centre if it has stopped producing shoots.',
  'Replant the divisions at the same depth as before in soil enriched with compost, firm them in and water thoroughly.',
];
const h4 = 'Aftercare';
const p4 = [
  'Keep new divisions moist for the first few weeks, particularly in containers. Young hosta leaves are a favourite of slugs and ' +
    'snails, so check the plants on damp evenings and protect them with a gritty mulch or wool pellets around the crown.',
  'Divided hostas may produce smaller leaves in their first year, but they will bulk up quickly and be back to full size by the ' + 'following summer.',
];
const quote = 'The best divisions come from the outer edge of the clump, where the growth is youngest and most vigorous.';
const nav = ['Plants', 'How to', 'Projects', 'Garden design', 'Wildlife gardening', 'Videos', 'Magazine', 'Events', 'Discount codes'];
const crumbs = ['Home', 'How to', 'Grow plants'];
const sub = ['Subscribe to BBC Gardeners’ World Magazine', 'Get 6 issues for £9.99 plus a free gift', 'Subscribe now'];
const jump = ['Jump to', 'When to divide', 'What you’ll need', 'Step by step', 'Aftercare'];
const newsletter = [
  'Sign up to the Gardeners’ World newsletter',
  'Get seasonal advice, growing guides and offers delivered to your inbox every week.',
  'Enter your email',
  'Sign up',
  'By entering your details, you are agreeing to our terms and conditions and privacy policy. You can unsubscribe at any time.',
];
const promo = 'Looking for new hostas? Browse our pick of the best hostas to buy, from tiny ‘Mouse Ears’ types to giant blue-leaved varieties.';
const related = ['Best hostas for containers', 'How to protect hostas from slugs', 'Shade-loving perennials for every garden', 'How to divide grasses'];
const foot = ['About us', 'Contact us', 'Terms & conditions', 'Privacy policy', 'Cookies policy', 'Manage privacy settings', 'Complaints'];
const copy = 'This website is published by Immediate Media Company Bristol Limited under licence from BBC Studios Distribution.';
const consent = [
  'We value your privacy',
  'We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ' +
    'advertising and content, measurement and audience research.',
  'Accept',
  'More options',
];
const ad = (id: string): string => `<div class="ad-slot ad-slot--${id}" data-ad-slot="${id}"><span class="ad-slot__label">Advertisement</span>
<div id="gpt-${id}" class="ad-slot__container"></div></div>`;
const li = (a: readonly string[]): string => a.map((t) => `<li>${t}</li>`).join('\n');
const h2t = (t: string, id: string): string => `<h2 id="${id}" class="editor-content__heading">${t}</h2>`;

const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>How to divide hostas in spring - BBC Gardeners World Magazine</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${stand}">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-28T09:00:00+00:00">
<meta property="og:site_name" content="BBC Gardeners World Magazine"><link rel="canonical"
href="https://www.gardenersworld.com/how-to/grow-plants/divide-hostas/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","description":"${stand}",
"author":[{"@type":"Person","name":"Fenella Rusk"}],"datePublished":"2025-03-28T09:00:00+00:00","publisher":{"@type":"Organization",
"name":"BBC Gardeners World Magazine"}}</script>
<script>window.__POSTPLAY_CONFIG__={"site":"gardenersworld","channel":"how-to"};</script><link rel="stylesheet" href="/static/main.84fa.css"></head>
<body class="template-article"><div id="sp_message_container_1121" class="message-container" role="dialog" aria-label="Privacy Notice">
<div class="message-component"><h2>${consent[0]}</h2><p>${consent[1]}</p><button class="sp_choice_type_11">${consent[2]}</button>
<button class="sp_choice_type_12">${consent[3]}</button></div></div>
<div id="__next"><a class="skip-link" href="#main">Skip to main content</a>
<div class="subscribe-strip"><a href="/subscribe"><span class="subscribe-strip__title">${sub[0]}</span>
<span class="subscribe-strip__text">${sub[1]}</span><span class="subscribe-strip__cta">${sub[2]}</span></a></div>
<header class="site-header"><a class="site-header__logo" href="/"><span class="visually-hidden">BBC Gardeners’ World Magazine</span></a>
<nav class="site-header__nav" aria-label="Main"><ul class="nav-list">${links(nav, 'nav-list__item')}</ul></nav>
<div class="site-header__actions"><a class="site-header__login" href="/login">Log in</a><button class="site-header__search" aria-label="Search">
<span>Search</span></button></div></header>${ad('leaderboard')}
<main id="main" class="template-article__main"><article class="post"><div class="post-header">
<nav class="breadcrumb" aria-label="breadcrumbs"><ol class="breadcrumb__list">${links(crumbs, 'breadcrumb__item')}</ol></nav>
<h1 class="heading-1 post-header__title">${title}</h1><p class="post-header__description">${stand}</p>
<div class="post-header__body"><div class="author-info"><a class="author-info__image" href="/author/fenella-rusk"><img alt="" src="/author/rusk.jpg"></a>
<div class="author-info__details"><span class="author-info__prefix">Written by </span><a class="author-info__name" href="/author/fenella-rusk">Fenella
Rusk</a><div class="pub-date"><time datetime="2025-03-28T09:00:00Z">Published: Friday, 28 March 2025 at 9:00 am</time></div></div></div>
<div class="post-header__actions"><button class="save-button"><span>Save to my scrapbook</span></button>
<ul class="social-share">${links(['Facebook', 'Pinterest', 'X', 'Email'], 'social-share__item')}</ul></div></div>
<figure class="post-header__image"><img src="/media/hosta-divide.jpg" alt="Dividing a hosta clump with a spade">
<figcaption class="image-credit">Dividing a hosta clump. Getty Images</figcaption></figure></div>
<div class="post__content editor-content" data-component="body">
<p class="editor-content__standfirst-teaser">${intro[0]}</p>
${ps(intro.slice(1))}
<div class="jump-links"><p class="jump-links__heading">${jump[0]}</p><ul>${jump
  .slice(1)
  .map((t, i) => `<li><a href="#s${i}">${t}</a></li>`)
  .join('')}</ul></div>
${h2t(h1, 's0')}${ps(p1)}${ad('mpu-1')}
${h2t(h2, 's1')}<ul>${li(need)}</ul>
<div class="newsletter-signup" data-component="newsletter"><h3 class="newsletter-signup__title">${newsletter[0]}</h3><p>${newsletter[1]}</p>
<form><label class="visually-hidden" for="nl">${newsletter[2]}</label><input id="nl" type="email" placeholder="${newsletter[2]}">
<button>${newsletter[3]}</button></form><p class="newsletter-signup__small">${newsletter[4]}</p></div>
${h2t(h3, 's2')}<ol>${li(steps)}</ol><blockquote class="pull-quote"><p>${quote}</p></blockquote>${ad('mpu-2')}
${h2t(h4, 's3')}${ps(p4)}
<p class="editor-content__promo"><strong>${promo}</strong></p>
</div></article>
<section class="related-content"><h2 class="related-content__title">You may also like</h2><ul class="card-list">${links(related, 'card')}</ul></section>
${ad('bottom')}</main>
<footer class="site-footer"><ul class="site-footer__links">${links(foot, 'site-footer__item')}</ul><p class="site-footer__copy">${copy}</p>
<p>© Immediate Media Company Ltd. 2025</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":"89211"}},"page":"/[...slug]"}</script>
<script src="/_next/static/chunks/main-4b1f.js" async></script></body></html>`;

const gardenersWorld: TestPage = {
  name: 'heldout225-gardenersworld-howto-news',
  kind: 'news',
  html,
  title,
  // the standfirst and the pull quote are body; the "Jump to" list is furniture (its entries equal to headings are left out);
  // the promo line at the end of the text ("Looking for new hostas?...") is furniture
  headings: [h1, h2, h3, h4],
  body: texts([stand, ...intro, ...p1, ...need, ...steps, quote, ...p4]),
  bylines: ['Written by', 'Fenella Rusk', 'Published: Friday, 28 March 2025 at 9:00 am'],
  // biome-ignore format: packed furniture
  furniture: [
    ...consent, 'Skip to main content', ...sub, 'BBC Gardeners’ World Magazine', ...nav, 'Log in', 'Search', 'Advertisement', 'Home', 'Grow plants',
    'Save to my scrapbook', 'Facebook', 'Pinterest', 'Email', 'Dividing a hosta clump. Getty Images',
    ...jump.filter((j) => j !== h2 && j !== h4), ...newsletter, promo,
    'You may also like', ...related, ...foot, copy, '© Immediate Media Company Ltd. 2025',
  ],
};

export const HELDOUT225_B: readonly TestPage[] = [gardenersWorld, shopifyGuide];
