import { type TestPage, texts } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout616-kit.js';

/**
 * Held-out batch 616, file d: an equestrian outfitter's breeches and jodhpur size guide on Webflow (tables in embeds, newsletter
 * form with its hidden done / fail messages); file d2 holds the second page.
 */
const fTitle = 'Breeches &amp; Jodhpur Size Guide';
const fDek = 'Measure over thin leggings, not over jeans, and use a soft tape held snug but not tight.';
const fIntro: Block[] = [
  { p: fDek },
  { h: 2, t: 'How to measure' },
  {
    ul: [
      '<strong>Waist:</strong> around the narrowest part of your natural waist, usually just above the belly button.',
      '<strong>Hips:</strong> around the fullest part of your hips and seat, with your feet together.',
      '<strong>Inside leg:</strong> from the top of the inner thigh to the ankle bone, standing straight.',
    ],
  },
  { p: 'If you fall between two sizes, choose the larger for full-seat breeches and the smaller for knee-patch styles, which stretch more.' },
];
const fTables: Block[] = [
  { h: 2, t: "Women's breeches" },
  {
    head: ['UK size', 'Waist (cm)', 'Hips (cm)', 'Inside leg (cm)'],
    rows: [
      ['8', '62–65', '86–89', '76'],
      ['10', '66–69', '90–93', '77'],
      ['12', '70–74', '94–98', '78'],
      ['14', '75–79', '99–103', '79'],
      ['16', '80–85', '104–109', '80'],
    ],
  },
  { h: 2, t: "Children's jodhpurs" },
  {
    head: ['Age', 'Waist (cm)', 'Inside leg (cm)'],
    rows: [
      ['5–6', '53–55', '48'],
      ['7–8', '56–59', '55'],
      ['9–10', '60–63', '62'],
      ['11–12', '64–67', '68'],
    ],
  },
  {
    p: j(
      'Still unsure? Send us your measurements through the chat in the corner of the page and one of the team will recommend a size.',
      'Unworn items can be exchanged within 30 days.',
    ),
  },
];
const fNav = ['New In', 'Breeches', 'Jackets', 'Boots', 'Size Guide', 'Stockists'];
const fFootCols: [string, string[]][] = [
  ['Help', ['Delivery', 'Returns &amp; Exchanges', 'Contact us']],
  ['Company', ['Our story', 'Sustainability', 'Careers']],
];
const fWrap = (html: string, b: Block): string =>
  'head' in b ? `<div class="size-table-embed w-embed">${html}</div>` : `<div class="rich-text-block w-richtext">${html}</div>`;
const fHtml = `<!DOCTYPE html><!-- Last Published: Tue Apr 14 2026 09:12:40 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.fennerandvale.com" data-wf-page="65f2a1c0e4b0d7a8c3f91a22" data-wf-site="65f2a1c0e4b0d7a8c3f919f0" lang="en"><head><meta
charset="utf-8">
<title>Size Guide | Fenner &amp; Vale</title><meta content="How to measure for breeches and jodhpurs, with size charts." name="description">
<meta content="Size Guide | Fenner &amp; Vale" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow"
name="generator">
<link href="https://cdn.prod.website-files.com/65f2a1c0e4b0d7a8c3f919f0/css/fenner-vale.webflow.shared.4b1c2d.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://cdn.prod.website-files.com/65f2a1c0e4b0d7a8c3f919f0/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body class="body"><div class="announcement-bar"><div class="announcement-text">Free returns on all UK orders</div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><img
src="https://cdn.prod.website-files.com/65f2a1c0e4b0d7a8c3f919f0/logo.svg"
loading="lazy" alt="Fenner &amp; Vale" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
</nav><div class="nav-right"><a href="/search" class="nav-icon-link w-inline-block"><img src="https://cdn.prod.website-files.com/search.svg" alt="Search"></a>
<a href="#" data-node-type="commerce-cart-open-link" class="w-commerce-commercecartopenlink cart-button w-inline-block" role="button" aria-haspopup="dialog"
aria-label="Open cart"><div class="w-inline-block">Bag</div><div class="w-commerce-commercecartopenlinkcount cart-quantity">0</div></a></div>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="container-narrow w-container"><div class="breadcrumb-wrap"><a href="/" class="breadcrumb-link">Home</a>
<div class="breadcrumb-divider">/</div><div class="breadcrumb-current">Size Guide</div></div>
<h1 class="heading-page">${fTitle}</h1></div></section>
<section class="section-content"><div class="container-narrow w-container">
${render(fIntro, { wrap: fWrap })}
${render(fTables, { wrap: fWrap, table: ' class="size-table"' })}
</div></section>
<section class="section-newsletter"><div class="container-narrow w-container"><h3 class="heading-newsletter">Join the yard</h3>
<p class="paragraph-newsletter">New colours, early sale access and the odd competition. No more than two emails a month.</p>
<div class="newsletter-form w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="form-inline"
data-wf-page-id="65f2a1c0e4b0d7a8c3f91a22" data-wf-element-id="b3c1e2a4"><input class="text-field w-input" maxlength="256" name="Email" data-name="Email"
placeholder="Your email address" type="email" id="Email" required><input type="submit" data-wait="Please wait..." class="button-newsletter w-button"
value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div></div>
</div></section>
<footer class="footer"><div class="footer-container w-container"><div class="footer-grid w-layout-grid">
${fFootCols
  .map(
    ([h, items]) =>
      `<div class="footer-column"><div class="footer-heading">${h}</div>${items.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div>`,
  )
  .join('\n')}
</div><div class="footer-legal"><div class="text-legal">© 2026 Fenner &amp; Vale Ltd. Registered in England, no. 09876543.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f2a1c0e4b0d7a8c3f919f0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65f2a1c0e4b0d7a8c3f919f0/js/webflow.4a1e2b.js" type="text/javascript"></script></body></html>`;
const webflowSizes: TestPage = {
  name: 'heldout616-webflow-breeches-size-guide',
  kind: 'docs',
  html: fHtml,
  title: 'Breeches & Jodhpur Size Guide',
  headings: headingsOf([...fIntro, ...fTables]),
  body: bodyOf([...fIntro, ...fTables]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free returns on all UK orders', 'New In', 'Jackets', 'Boots', 'Stockists', 'Bag', '0', 'Home', 'Join the yard',
    'New colours, early sale access and the odd competition. No more than two emails a month.', ...texts(fFootCols.flatMap(([h, items]) => [h, ...items])),
    '© 2026 Fenner & Vale Ltd. Registered in England, no. 09876543.',
  ],
};

export const HELDOUT616_D: readonly TestPage[] = [webflowSizes];
