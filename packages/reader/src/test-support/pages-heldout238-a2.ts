import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 238, file a2: a beauty retailer's "Beauty Insider" editorial on its React storefront (data-comp markup),
 * with the promo strip, the category menu, breadcrumbs, the author line, product cards (brand, name, price, rating, review
 * count, "Add to Basket") between the paragraphs, a "Shop the edit" carousel, the rewards sign-up, and the footer.
 */
const sTitle = 'Your Spring Reset: A Beauty Advisor’s Guide to Layering Serums';
const sH = ['Start with the thinnest texture', 'Give each layer a minute', 'Where the actives go', 'The advisor’s short list'];
const sIntro = [
  `Every spring, the question our advisors hear most at the counter is some version of the same thing: I bought three serums, so in what
order do I put them on? The honest answer is that order matters less than people fear, but there are a few rules that make a real difference.`,
  `We asked Noor Halabi, who trains new advisors at our Riverside Commons store, to walk us through the routine she teaches.`,
];
const sS1 = [
  `The oldest rule still holds: go from thinnest to thickest. A watery essence or hydrating toner goes first, then the lighter gel serums,
then anything milky or oily. Thicker products form a film, and a thin serum applied on top of that film simply sits there.`,
  `"If you can see through it, it goes early," Noor says. "If it feels like lotion, it goes late."`,
];
const sS2 = [
  `Most of us rush, and that is where pilling comes from. Silicone-heavy serums in particular need a moment to set before the next layer
goes on. Noor suggests pressing each layer in with flat palms and waiting roughly sixty seconds, which is about how long it takes to brush
your teeth.`,
];
const sS3 = [
  `Strong actives deserve their own slot. Vitamin C works best in the morning under sunscreen, while retinoids belong at night. Exfoliating
acids can go on alternate evenings so that the skin barrier is not asked to do too much at once.`,
  'Morning: essence, vitamin C serum, a hydrating serum, moisturiser, then broad-spectrum SPF.',
  'Evening, retinoid nights: cleanse, wait until skin is dry, retinoid, then a plain barrier cream.',
  'Evening, acid nights: cleanse, exfoliating serum, a soothing serum, then moisturiser.',
  'Rest nights: essence and moisturiser only, with nothing active at all.',
];
const sS4 = [
  `You do not need five serums. Noor’s own routine uses two in the morning and two at night, and she says most clients see better results
after cutting back than after adding more. Start with the steps that address your main concern and add one product at a time, a fortnight apart,
so you can tell what is working.`,
];
const card = (brand: string, name: string, price: string, stars: string, count: string): string => `<div data-comp="ProductTile " class="css-1qe8tjm e15t7owz0">
<a href="/product/${brand.toLowerCase().replace(/\W+/g, '-')}" class="css-klx76 eanm77i0"><img class="css-1rovmyu"
src="https://cdn.lumiere.example/${count}.jpg" alt="">
<span data-at="sku_item_brand" class="css-1gyh3op e15t7owz0">${brand}</span><span data-at="sku_item_name" class="ProductTile-name css-h8cc3p">${name}</span></a>
<div data-comp="StarRating " class="css-1r36mik" aria-label="${stars} stars"></div><span data-at="review_count" class="css-1j53ife">${count}</span>
<b data-at="sku_item_price_list" class="css-0">${price}</b><button type="button" class="css-18ccdo1 eanm77i0" data-at="add_to_basket_btn">Add to
Basket</button></div>`;
const sCards = [
  ['Halcyon Lab', 'Cloud Water Essence', '$34.00', '4.6', '2.1K'],
  ['Verdelle', 'C-Bright 15% Serum', '$58.00', '4.3', '987'],
  ['Oru Skin', 'Night Shift Retinal 0.1%', '$72.00', '4.4', '1.4K'],
];
const sNav = ['New', 'Brands', 'Makeup', 'Skincare', 'Hair', 'Fragrance', 'Tools & Brushes', 'Bath & Body', 'Mini Size', 'Gifts', 'Sale & Offers'];
const sCrumbs = ['Home', 'Beauty Insider', 'Skincare Stories'];
const sFoot = ['About Lumière', 'Careers', 'Store Locator', 'Track Your Order', 'Returns & Exchanges', 'Accessibility', 'Privacy Policy', 'Terms of Use'];
const sHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${sTitle} | Lumière Beauty</title>
<meta name="description" content="A beauty advisor explains in what order to layer serums, essences and actives this spring.">
<meta property="og:type" content="article"><meta property="og:title" content="${sTitle}"><link rel="canonical"
href="https://www.lumiere.example/beauty/serum-layering-guide">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${sTitle}","author":{"@type":"Person","name":"Priya
Castellan"},
"datePublished":"2026-03-02","publisher":{"@type":"Organization","name":"Lumière Beauty"}}</script>
<script>window.Lumiere = {"renderQueryParams":{"country":"US","channel":"rwd"},"pagePath":"beauty/serum-layering-guide",
"analytics":{"pageType":"content-store"}};</script>
<link rel="stylesheet" href="https://www.lumiere.example/js/ufe/isomorphic/main.css"></head>
<body><div id="app"><div data-comp="PromoBanner " class="css-10i1oxp"><p class="css-1p5t9fj">Free shipping on all orders for Beauty Insider members.
<a href="/signin">Sign in</a> or <a href="/register">join now</a></p></div>
<header data-comp="Header " class="css-14vkr3w"><a href="/" data-comp="Logo " class="css-1akp4cb" aria-label="Lumière Beauty homepage"></a>
<form data-comp="Search " role="search"><input type="search" placeholder="Search" aria-label="Search"></form>
<nav data-comp="CategoryNav " aria-label="Main"><ul class="css-1qxdz9k">${links(sNav, 'css-zgw0re')}</ul></nav></header>
<main id="contentContainer" data-comp="ContentPage " class="css-1dkdh3c"><nav data-comp="Breadcrumb " aria-label="Breadcrumb"><ol class="css-16pn2sc">
${links(sCrumbs, 'css-1vxb5eb')}</ol></nav>
<div data-comp="ContentHeader " class="css-9ty2y3"><span data-comp="Eyebrow " class="css-1jv9ig4">Beauty Insider</span>
<h1 data-comp="Heading " class="css-1pkd6bs e65zztl0">${sTitle}</h1>
<p data-comp="Byline " class="css-1c8ilxo"><span class="css-byline-name">Priya Castellan</span> · <span class="css-byline-date">Mar 2, 2026</span>
· <span class="css-read-time">5 min read</span></p></div>
<div data-comp="Copy " class="css-13nbcx8 e65zztl0">
${ps(sIntro)}
<h2>${sH[0]}</h2>
${ps(sS1)}
</div>
<div data-comp="ProductList " class="css-1gkr4mo">${card(...(sCards[0] as [string, string, string, string, string]))}</div>
<div data-comp="Copy " class="css-13nbcx8 e65zztl0">
<h2>${sH[1]}</h2>
${ps(sS2)}
<h2>${sH[2]}</h2>
${ps(sS3.slice(0, 1))}
<ul>${sS3
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul></div>
<div data-comp="ProductList " class="css-1gkr4mo">${card(...(sCards[1] as [string, string, string, string, string]))}
${card(...(sCards[2] as [string, string, string, string, string]))}</div>
<div data-comp="Copy " class="css-13nbcx8 e65zztl0"><h2>${sH[3]}</h2>
${ps(sS4)}</div>
<div data-comp="ProductCarousel " class="css-1r5b5u8"><h2 data-comp="CarouselTitle " class="css-1x5oxsm">Shop the edit</h2>
<p class="css-carousel-sub">Advisor-picked serums for every step</p></div>
<div data-comp="BeautyInsiderCta " class="css-fxy2cx"><h3 class="css-1b6ccvb">Not a Beauty Insider yet?</h3>
<p>Earn points on every purchase and get a free birthday gift.</p><a href="/register" class="css-1l3hvnh">Join for free</a></div></main>
<footer data-comp="Footer " class="css-1ayxjwm"><ul>${links(sFoot, 'css-1txvaba')}</ul><p class="css-1xe2sk0">© 2026 Lumière Beauty USA, Inc. All rights
reserved.</p>
<p class="css-1xe2sk0">1-877-LUMIERE (1-877-586-4373)</p></footer></div>
<div id="truste-consent-track" class="truste-banner" role="dialog"><p id="truste-consent-text">This site uses cookies to improve your shopping experience.
You can change your settings at any time.</p><button id="truste-consent-button">Accept</button><button id="truste-show-consent">Manage Cookies</button></div>
<script src="https://www.lumiere.example/js/ufe/isomorphic/priority.chunk.js" defer></script></body></html>`;
export const insider: TestPage = {
  name: 'heldout238-retailer-react-beauty-insider',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sS1, ...sS2, ...sS3, ...sS4]),
  bylines: ['Priya Castellan', 'Mar 2, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free shipping on all orders for Beauty Insider members.', 'Sign in', 'join now', ...sNav, ...sCrumbs.slice(0, 1), 'Skincare Stories', 'Beauty Insider',
    ...sCards.flatMap((c) => [c[0] ?? '', c[1] ?? '', c[2] ?? '', c[4] ?? '']),
    'Add to Basket', 'Shop the edit', 'Advisor-picked serums for every step', 'Not a Beauty Insider yet?',
    'Earn points on every purchase and get a free birthday gift.', 'Join for free', ...sFoot, '© 2026 Lumière Beauty USA, Inc. All rights reserved.',
    '1-877-LUMIERE (1-877-586-4373)', 'This site uses cookies to improve your shopping experience.', 'Accept', 'Manage Cookies',
  ],
};
