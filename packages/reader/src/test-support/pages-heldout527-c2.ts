import { type TestPage, texts } from './page-kit.js';
import { esc, j, tidy } from './pages-heldout527-kit.js';

/** Held-out batch 527, file c2: a café's menu page on Webflow (navbar, CMS collection lists of menu items, a newsletter form). */
const mTitle = 'Our Menu';
const mIntro = j(
  'Everything is made in our kitchen on Harrow Street, from the sourdough to the oat milk. Coffee is roasted for us by Fellside',
  'in small batches; the guest filter changes every fortnight.',
);
type Item = [name: string, price: string, desc: string];
const mSections: [string, Item[]][] = [
  [
    'Coffee',
    [
      ['Espresso', '\u00a32.40', 'Double shot of the house blend, Harbour.'],
      ['Flat White', '\u00a33.40', 'Double ristretto with a small amount of silky milk.'],
      ['Batch Brew', '\u00a33.00', 'Guest filter coffee, free refill if you stay in.'],
      ['Iced Long Black', '\u00a33.20', 'Double shot over cold water and ice.'],
    ],
  ],
  [
    'Tea & Other',
    [
      ['Loose-Leaf Tea', '\u00a32.80', 'Assam, Darjeeling first flush, sencha or fresh mint.'],
      ['Hot Chocolate', '\u00a33.60', '70% chocolate melted into whole or oat milk.'],
      ['Chai', '\u00a33.50', 'Our own spice blend, brewed with black tea and milk.'],
    ],
  ],
  [
    'Breakfast',
    [
      ['Sourdough Toast', '\u00a34.50', 'Two slices with cultured butter and a jam of the day.'],
      ['Eggs &amp; Greens', '\u00a39.80', 'Two soft-boiled eggs, greens, chilli oil and toast.'],
      ['Porridge', '\u00a36.50', 'Oats cooked in milk with poached pear and toasted seeds.'],
    ],
  ],
];
const mNote = j(
  'Please tell us about any allergies when you order. Our kitchen handles gluten, nuts, dairy, eggs and sesame, and we cannot',
  'guarantee that any dish is free from them. Oat milk is free on every drink.',
);
const mNav = ['Home', 'Menu', 'Story', 'Visit'];
const item = ([n, p, d]: Item): string => `<div role="listitem" class="menu-item w-dyn-item"><div class="menu-item-top">
<h3 class="menu-item-name">${n}</h3><div class="menu-item-dots"></div><div class="menu-item-price">${p}</div></div><p
class="menu-item-description">${d}</p></div>`;
const section = ([h, items]: [string, Item[]]): string => `<div class="menu-section"><h2 class="menu-section-heading">${esc(h)}</h2>
<div class="w-dyn-list"><div role="list" class="menu-list w-dyn-items">${items.map(item).join('\n')}</div></div></div>`;
const mHtml = `<!DOCTYPE html><!-- Last Published: Tue Mar 10 2026 09:14:02 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.pellanddaughter.com" data-wf-page="65a1f0c2e8b3a41d7c2f9a10" data-wf-site="65a1f0c2e8b3a41d7c2f99f1" lang="en"><head><meta
charset="utf-8">
<title>Menu | Pell &amp; Daughter</title><meta content="Coffee, tea and breakfast at Pell &amp; Daughter, Harrow Street, Corran." name="description">
<meta content="Menu | Pell &amp; Daughter" property="og:title"><meta property="og:type" content="website"><meta content="summary_large_image"
name="twitter:card">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65a1f0c2e8b3a41d7c2f99f1/css/pell-and-daughter.webflow.shared.4b8c1e2f.css" rel="stylesheet" type="text/css">
<link href="https://fonts.googleapis.com"
rel="preconnect"><script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script>
<script type="text/javascript">WebFont.load({  google: {    families: ["Fraunces:regular,600","Inter:regular,500"]  }});</script>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
 DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://cdn.prod.website-files.com/65a1f0c2e8b3a41d7c2f99f1/65a1f5b0favicon.png" rel="shortcut icon" type="image/x-icon">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CafeOrCoffeeShop","name":"Pell & Daughter","servesCuisine":"Coffee",
"hasMenu":"https://www.pellanddaughter.com/menu"}</script></head>
<body class="body-menu"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
 class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://cdn.prod.website-files.com/65a1f0c2e8b3a41d7c2f99f1/logo.svg"
 loading="lazy" width="140" alt="Pell &amp; Daughter"></a><nav role="navigation" class="nav-menu w-nav-menu">
${mNav
  .map(
    (t) => `<a href="/${t === 'Home' ? '' : t.toLowerCase()}"${t === 'Menu' ? ' aria-current="page"' : ''} class="nav-link
w-nav-link${t === 'Menu' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('\n')}
<a href="https://order.pellanddaughter.com" class="nav-button w-button">Order ahead</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-hero-small"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-hero">${mTitle}</h1>
<p class="paragraph-large">${mIntro}</p></div></section>
<section class="section-menu"><div class="w-layout-blockcontainer container w-container"><div class="menu-grid">
${mSections.map(section).join('\n')}
</div><div class="menu-note"><p class="paragraph-small">${mNote}</p></div></div></section>
<section class="section-cta"><div class="w-layout-blockcontainer container w-container"><div class="cta-wrapper"><h2 class="cta-heading">Coffee beans to take
home</h2>
<p>Every coffee on our bar is also for sale by the bag.</p><a href="/shop" class="button w-button">Shop beans</a></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-col"><div
class="footer-heading">Find us</div>
<p class="footer-text">14 Harrow Street, Corran</p><p class="footer-text">Mon\u2013Fri 8\u20134, Sat\u2013Sun 9\u20135</p></div>
<div class="footer-col"><div class="footer-heading">Newsletter</div><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get"
 class="newsletter-form" data-wf-page-id="65a1f0c2e8b3a41d7c2f9a10" data-wf-element-id="b1e8c2a4-1"><label for="email" class="field-label">Email</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@example.com" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region"
 aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region"
 aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div>
<div class="footer-col"><a href="https://instagram.com/pellanddaughter" target="_blank" class="footer-link">Instagram</a>
<a href="/careers" class="footer-link">Careers</a></div></div><div class="footer-bottom"><div class="footer-small">\u00a9 2026 Pell &amp; Daughter
Ltd.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e8b3a41d7c2f99f1"
 type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0="
 crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/65a1f0c2e8b3a41d7c2f99f1/js/webflow.a1b2c3d4.js" type="text/javascript"></script>
</body></html>`;
const webflow: TestPage = {
  name: 'heldout527-webflow-cafe-menu',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mSections.flatMap(([h, items]) => texts([h, ...items.map((i) => i[0])])),
  body: texts([mIntro, ...mSections.flatMap(([, items]) => items.flatMap(([, p, d]) => [p, d])), mNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Order ahead', 'Coffee beans to take home', 'Every coffee on our bar is also for sale by the bag.', 'Shop beans', 'Find us',
    '14 Harrow Street, Corran', 'Mon\u2013Fri 8\u20134, Sat\u2013Sun 9\u20135',
    'Newsletter', 'Email', 'Instagram', 'Careers', '\u00a9 2026 Pell & Daughter Ltd.',
  ],
};

export const HELDOUT527_C2: readonly TestPage[] = [tidy(webflow)];
