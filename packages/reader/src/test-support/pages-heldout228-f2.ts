import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 228, file f2: a camera maker's photography tips article on an Adobe Experience Manager site in the Canon /
 * Nikon "Get inspired" shape (region selector, product mega nav, AEM "cmp-" components, breadcrumb, hero with photographer
 * credit, "Written by" and date, image captions with exposure data, a "Kit used" product rail inside the article, a "Related
 * products" block, "You might also like" cards, the newsletter sign-up, the footer and the TrustArc consent banner).
 */
const title = 'Five tips for sharper wildlife photos';
const intro =
  'Wildlife photographer Isla Brennan has spent twenty years photographing birds on the Atlantic coast. Here she shares the ' +
  'techniques that make the difference between a soft near-miss and a pin-sharp frame.';
const tips = [
  {
    h: '1. Use a fast enough shutter speed',
    p: [
      'Most blur in wildlife pictures is motion blur, not missed focus. For a perched bird, 1/500 sec is a safe starting point; for ' +
        'birds in flight, go to 1/2000 sec or faster. Let the ISO rise to get there: noise is far easier to fix than blur.',
    ],
  },
  {
    h: '2. Choose the right autofocus mode',
    p: [
      'Switch to continuous autofocus so the camera keeps tracking a moving subject. If your camera has animal eye detection, turn it ' +
        'on. “It changed how I work,” says Brennan. “I used to spend half my concentration keeping a point on the eye. Now I can think ' +
        'about the composition.”',
    ],
  },
  {
    h: '3. Brace yourself and the lens',
    p: [
      'Long lenses magnify every tremor. Rest the lens on a beanbag, a wall or your knee, tuck your elbows in, and breathe out slowly ' +
        'as you press the shutter. Turn on image stabilisation, but use the mode meant for panning when following a bird in flight.',
    ],
  },
  {
    h: '4. Shoot in bursts',
    p: [
      'Even at a high shutter speed, wings and heads move between frames. A short burst of five or six shots gives you a choice of ' +
        'wing positions and greatly improves the chance that one frame has the eye in perfect focus.',
    ],
  },
  {
    h: '5. Get down to their level',
    p: [
      'Photographing from eye level with your subject makes the background fall away into soft colour, so the animal stands out. On ' +
        'a beach, that means lying flat in the sand. It is uncomfortable, but it is the single biggest improvement most people can make.',
      'Above all, be patient. “The best pictures come after the first hour,” Brennan says, “when the birds have ' +
        'decided that you are part of the landscape.”',
    ],
  },
];
const region = 'United Kingdom';
const nav = ['Cameras', 'Lenses', 'Printers', 'Accessories', 'Get inspired', 'Support', 'Store'];
const crumbs = ['Home', 'Get inspired', 'Tips & techniques'];
const credit = '© Isla Brennan';
const caption1 = 'A sanderling running along the tideline. Taken with the Aurex R8 and 100-500mm lens at 400mm, 1/3200 sec, f/7.1 and ISO 1600.';
const caption2 = 'A gannet diving off Skellig Point. Taken at 1/4000 sec, f/6.3 and ISO 2500.';
const kit = ['Kit used', 'Aurex R8', 'Aurex RF 100-500mm F4.5-7.1L', 'Discover more'];
const related = ['Related products', 'Aurex R6 Mark II', 'Aurex RF 200-800mm', 'Shop now'];
const more = ['How to photograph birds in flight', 'Choosing your first telephoto lens', 'A beginner’s guide to shutter speed'];
const news = ['Stay inspired', 'Sign up for tips, events and offers from Aurex.', 'Email address', 'Subscribe'];
const foot = ['Contact us', 'About Aurex', 'Careers', 'Newsroom', 'Sustainability', 'Privacy Notice', 'Cookie Policy', 'Terms of Use'];
const consent = ['We use cookies to run our website, analyse traffic and show you personalised content.', 'Accept all', 'More options'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>Five tips for sharper wildlife photos - Aurex UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${intro.slice(0, 100)}">
<meta property="og:title" content="${title}"><link rel="canonical" href="https://www.aurex.example/en-gb/get-inspired/tips-and-techniques/wildlife-sharpness/">
<link rel="stylesheet" href="/etc.clientlibs/aurex/clientlibs/clientlib-site.min.css">
<script src="/etc.clientlibs/aurex/clientlibs/clientlib-base.min.js"></script>
<script src="https://consent.trustarc.example/notice?domain=aurex.example&amp;c=teconsent" async></script></head>
<body class="page basicpage"><div class="root container responsivegrid"><div class="cmp-container">
<header class="experiencefragment header"><div class="cmp-header"><a class="cmp-header__logo" href="/en-gb/">Aurex</a>
<button class="cmp-header__region" aria-label="Change region">${region}</button>
<nav class="cmp-navigation" role="navigation"><ul class="cmp-navigation__group">${links(nav, 'cmp-navigation__item')}</ul></nav>
<div class="cmp-search"><label class="cmp-search__label" for="s">Search</label><input id="s" class="cmp-search__input"></div></div></header>
<main class="cmp-container main"><div class="breadcrumb"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(crumbs, 'cmp-breadcrumb__item')}</ol></nav></div>
<div class="hero"><div class="cmp-hero"><img class="cmp-image__image" src="/content/dam/aurex/get-inspired/wildlife/hero.jpg" alt="A puffin with sand eels">
<span class="cmp-image__title">${credit}</span><div class="cmp-hero__content"><div class="title"><h1 class="cmp-title__text">${title}</h1></div>
<p class="cmp-hero__byline">Written by Rowan Achebe</p><p class="cmp-hero__date">15 May 2025</p></div></div></div>
<div class="text"><div class="cmp-text"><p class="intro">${intro}</p></div></div>
${tips
  .map(
    (t, i) =>
      `<div class="title"><h2 class="cmp-title__text">${t.h}</h2></div><div class="text"><div class="cmp-text">${ps(t.p)}</div></div>${
        i === 0
          ? `\n<div class="image"><figure class="cmp-image"><img src="/content/dam/aurex/get-inspired/wildlife/sanderling.jpg" alt="">
<figcaption class="cmp-image__title">${caption1}</figcaption></figure></div>`
          : i === 2
            ? `\n<div class="productteaser"><div class="cmp-product-rail"><p class="cmp-product-rail__title">${kit[0]}</p><ul>
<li><a href="/en-gb/cameras/aurex-r8/">${kit[1]}</a></li><li><a href="/en-gb/lenses/rf-100-500mm/">${kit[2]}</a></li></ul>
<a class="cmp-button" href="/en-gb/cameras/">${kit[3]}</a></div></div>`
            : i === 3
              ? `\n<div class="image"><figure class="cmp-image"><img src="/content/dam/aurex/get-inspired/wildlife/gannet.jpg" alt="">
<figcaption class="cmp-image__title">${caption2}</figcaption></figure></div>`
              : ''
      }`,
  )
  .join('\n')}
<div class="productteaser"><div class="cmp-related-products"><h2>${related[0]}</h2><ul><li>${related[1]}</li><li>${related[2]}</li></ul>
<a class="cmp-button" href="/en-gb/store/">${related[3]}</a></div></div>
<div class="teaser-list"><h2>You might also like</h2><ul>${links(more, 'cmp-teaser')}</ul></div></main>
<div class="experiencefragment newsletter"><div class="cmp-newsletter"><h2>${news[0]}</h2><p>${news[1]}</p><label for="nl">${news[2]}</label>
<input id="nl" type="email"><button>${news[3]}</button></div></div>
<footer class="experiencefragment footer"><ul class="cmp-footer__links">${links(foot)}</ul>
<p class="cmp-footer__copyright">© Aurex Europa N.V. 2025</p></footer>
</div></div><div id="teconsent"><div class="truste_box_overlay" role="dialog"><p>${consent[0]}</p><button>${consent[1]}</button>
<button>${consent[2]}</button></div></div>
<script>window.digitalData={page:{pageInfo:{pageName:'get-inspired:tips:wildlife-sharpness'}}};</script></body></html>`;
export const cameraTips: TestPage = {
  html,
  name: 'heldout228-camera-maker-photo-tips',
  kind: 'docs',
  // the intro is body; the hero photo credit, the image captions with exposure data, the "Kit used" rail inside the article,
  // related products and "You might also like" are furniture
  title,
  headings: tips.map((t) => t.h),
  body: [intro, ...tips.flatMap((t) => texts(t.p))],
  bylines: ['Written by Rowan Achebe', '15 May 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Aurex', region, ...nav, 'Search', 'Home', 'Tips & techniques', credit, caption1, caption2, ...kit, ...related, 'You might also like', ...more,
    ...news, ...foot, '© Aurex Europa N.V. 2025', ...consent,
  ],
};
