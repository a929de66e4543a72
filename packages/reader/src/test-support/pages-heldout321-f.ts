import { links, ps, type TestPage, texts } from './page-kit.js';
import { kitWiki } from './pages-heldout321-f2.js';
import { j, lis } from './pages-heldout321-kit.js';

/**
 * Held-out batch 321, file f: a PCB fabricator's blog on HubSpot CMS (hs_cos_wrapper modules, header with an "Upload Gerbers"
 * button, author block with avatar and date, reading time, a table, an inline "Read more" promo, the blog subscribe form, tag
 * list, related posts, a quote CTA, HubSpot cookie banner, footer) and, from file f2, a kit's assembly instructions on DokuWiki.
 */
const bTitle = 'Five Design Choices That Quietly Double Your PCB Cost';
const bIntro = [
  j(
    'Every week our front-end engineers review a few hundred orders, and the same handful of design decisions push quotes up far more',
    'than customers expect. None of them are wrong, and some are necessary. But if you did not mean to pay for them, they are worth',
    'a second look before you upload.',
  ),
];
const bVias = [
  j(
    'A standard via drill of 0.3 mm is cheap everywhere. Go below 0.2 mm and the board needs laser drilling, which is a different',
    'machine, a different process and often a different factory. If your design only needs small vias under one fine-pitch part,',
    'consider whether a slightly larger pad could route without them.',
  ),
];
const bTrace = [
  j(
    'Most fabs quote 0.127 mm, or 5 mil, trace and space as standard. At 0.1 mm the yield drops and the price climbs. Check the tightest',
    'gap in your layout: it is often one corner of one net, and nudging a single track can bring the whole board back to standard.',
  ),
];
const bTable = [
  ['Option', 'Typical price effect'],
  ['Laser-drilled microvias', '+60 to 120 %'],
  ['3 mil trace and space', '+25 to 40 %'],
  ['Non-standard board thickness', '+15 to 30 %'],
  ['ENIG instead of HASL finish', '+10 to 20 %'],
  ['Castellated edges', '+20 to 35 %'],
];
const bFinish = [
  j(
    'HASL is the cheapest finish and is fine for most through-hole and coarse surface-mount work. ENIG gives flat pads for fine-pitch',
    'parts and gold fingers, at a price. Odd board thicknesses and colours other than green also move a board off the shared panel,',
    'so it waits for a dedicated run.',
  ),
];
const bEdges = [
  j(
    'Castellated holes, plated half holes on the board edge, need an extra routing step and careful handling, since the copper can tear',
    'as the edge is milled. They are worth it for a module you will solder onto another board, but not for a prototype you will only',
    'ever plug in with headers.',
  ),
];
const bClose = [
  'Before you upload, run through this short list:',
  'Is any drill smaller than 0.2 mm, and does it need to be?',
  'Where is the tightest gap, and is it in one place only?',
  'Does the part list really need ENIG, or only one connector?',
  'Is the board thickness a standard 1.6 mm?',
];
const bNav = ['Capabilities', 'Pricing', 'Assembly', 'Resources', 'Blog', 'Contact'];
const bRelated = ['How to Panelise Small Boards Without Tab Headaches', 'Reading a DFM Report Line by Line', 'Why Your Impedance Coupon Failed'];
const bTags = ['DFM', 'Cost', 'Design Tips'];
const bFoot = ['Quality', 'Certifications', 'Careers', 'Privacy Policy', 'Terms and Conditions'];
const bHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<meta name="description" content="Microvias, fine traces, odd finishes: five PCB choices that raise your quote and how to spot them.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><meta name="author" content="Farah Idowu">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","datePublished":"2026-02-10",
"author":{"@type":"Person","name":"Farah Idowu"},"publisher":{"@type":"Organization","name":"Corvid Circuits"}}</script>
<link rel="stylesheet" href="https://www.corvidcircuits.example/hubfs/hub_generated/template_assets/1/blog-post.min.css">
<script>var hsVars = {"portal_id":4410291,"app_hs_base_url":"https://app.hubspot.com","content_id":129011873221};</script></head>
<body><div class="body-wrapper hs-content-id-129011873221 hs-blog-post hs-blog-id-88012411">
<div data-global-resource-path="corvid/templates/partials/header.html"><header class="header"><div class="header__container content-wrapper">
<a href="/" class="header__logo">Corvid Circuits</a>
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(bNav, 'hs-menu-item hs-menu-depth-1')}</ul></nav></div>
<a class="button header__button" href="/quote">Upload Gerbers</a></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1 class="blog-post__title"><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${bTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/farah-idowu" class="blog-post__author">Farah Idowu</a><time class="blog-post__timestamp">Feb 10, 2026</time>
<span class="blog-post__read-time">6 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(bIntro)}
<h2>1. Microvias you did not need</h2>
${ps(bVias)}
<h2>2. Trace and space below the standard</h2>
${ps(bTrace)}
<p><strong>Read more: <a href="/blog/reading-a-dfm-report">Reading a DFM Report Line by Line</a></strong></p>
<h2>3. Finishes, colours and thicknesses</h2>
${ps(bFinish)}
<table style="border-collapse: collapse; width: 100%;"><tbody>
${bTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<p class="caption"><em>Price effects from our own quotes for a 100 x 80 mm four-layer board, quantity 10.</em></p>
<h2>4. Castellated edges</h2>
${ps(bEdges)}
<h2>5. A checklist before you upload</h2>
${ps(bClose.slice(0, 1))}
<ul>${lis(bClose.slice(1))}</ul>
</span></div>
<div class="blog-post__tags">
<span class="blog-post__tags-label">Topics:</span>${bTags.map((t) => `<a class="blog-post__tag-link" href="#">${t}</a>`).join(', ')}</div>
</article>
<div id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="blog-subscribe">
<h3>Subscribe to the Corvid blog</h3><p>One email a month with design guides and factory news. No spam.</p>
<form class="hs-form"><input type="email" placeholder="Email*"><input type="submit" value="Subscribe"></form></div></div>
<section class="blog-related-posts"><h2 class="blog-related-posts__title">Related posts</h2>${bRelated
  .map((r) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__post-title"><a href="#">${r}</a></h3></article>`)
  .join('\n')}</section>
<div class="cta-banner"><span class="hs-cta-wrapper"><a class="cta_button" href="/quote">Get an instant quote</a></span></div>
</div></div></main>
<footer class="footer"><ul class="footer__links">${links(bFoot)}</ul><p class="footer__copyright">© 2026 Corvid Circuits Ltd. All rights reserved.</p>
</footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your computer to improve your experience.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script></body></html>`;
const hubspotFab: TestPage = {
  name: 'heldout321-hubspot-pcb-fab-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [
    '1. Microvias you did not need',
    '2. Trace and space below the standard',
    '3. Finishes, colours and thicknesses',
    '4. Castellated edges',
    '5. A checklist before you upload',
  ],
  body: texts([...bIntro, ...bVias, ...bTrace, ...bFinish, ...bTable.slice(1).flat(), ...bEdges, ...bClose]),
  bylines: ['Farah Idowu', 'Feb 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corvid Circuits', ...bNav, 'Upload Gerbers', '6 min read', 'Read more: Reading a DFM Report Line by Line',
    'Price effects from our own quotes for a 100 x 80 mm four-layer board, quantity 10.', 'Topics:', ...bTags, 'Subscribe to the Corvid blog',
    'One email a month with design guides and factory news. No spam.', 'Related posts', ...bRelated, 'Get an instant quote', ...bFoot,
    '© 2026 Corvid Circuits Ltd. All rights reserved.', 'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT321_F: readonly TestPage[] = [hubspotFab, kitWiki];
