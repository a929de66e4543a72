import { ps, type TestPage, texts } from './page-kit.js';
import { anchors, esc, j, lis } from './pages-heldout519-kit.js';

/**
 * Held-out batch 519, file d: a tailor's journal post on Webflow (CMS collection page with meta row, rich text, related
 * collection list, CTA band and a Finsweet cookie banner).
 */
const fTitle = 'Wedding suit alterations: a timeline that works';
const fSummary = 'Leave room for two fittings, and never let the last one fall in the week of the wedding.';
const fHeads = [
  'Three months out: buy the suit',
  'Eight weeks out: the first fitting',
  'Four weeks out: the second fitting',
  'The week before: collect it, and leave it alone',
  'If you are hiring',
] as const;
const fIntro = j(
  'Every spring we meet grooms, best men and fathers of the bride who have left their suits until the last fortnight. We can usually',
  'help, but the suit is never as good as it would have been with time. This is the timeline we give to everyone who asks.',
);
const fBuy = j(
  'Buy the suit about three months before the day. That leaves time to change your mind, to order a different size if the first one',
  'is badly wrong, and to book fittings before our diary fills. Buy for the shoulders: everything else can be altered, the shoulders',
  'can only be altered a little.',
);
const fFirstP = j(
  'At the first fitting we pin the sleeves, the hems and the waist, and look at the back of the jacket for any folds below the collar.',
  'Bring the things that change how a suit sits:',
);
const fBring = [
  'the shoes you will wear on the day, or a pair with the same heel',
  'the shirt, or one with the same collar size and cuff',
  'a belt or braces, whichever you plan to wear',
  'anything that will live in your pockets, such as a phone or the rings',
];
const fQuote = j(
  '“I didn’t believe the bit about the phone until I saw the jacket pull to one side with it in the pocket. We moved it to the',
  'inside pocket and recut the front.” A groom we fitted last June',
);
const fSecond = [
  j(
    'The second fitting is where we check the work rather than the pins. Trousers are usually right first time; jacket sleeves and',
    'waists sometimes need a few millimetres more. If you are losing weight for the day, tell us now, not at the first fitting: we',
    'leave extra in the seams and take the final measurements here.',
  ),
];
const fWeek = [
  j(
    'Collect the suit a week before the wedding at the latest, try it on in the shop, and then hang it somewhere cool on a broad',
    'hanger with the trousers folded along the crease. Do not have it pressed again the day before: it will have been pressed when',
    'you collected it, and every pressing flattens the cloth a little.',
  ),
];
const fHire = [
  j(
    'Hire suits usually arrive a few days before the wedding, which leaves no time for alterations, and most hire companies do not',
    'allow them anyway. If you are hiring, go to a fitting at the hire shop as early as they will let you and ask for the next size',
    'in sleeves rather than a longer jacket.',
  ),
];
const fCaption = 'Chalk marks on a sleeve at a first fitting.';
const fNav = ['Bespoke suits', 'Alterations', 'Weddings', 'Journal', 'About'];
const fRel = [
  ['Care', 'How to hang a suit jacket between wears'],
  ['Alterations', 'Can a jacket be made smaller by a whole size?'],
  ['Weddings', 'Morning dress: what to buy, what to hire'],
] as const;
const fCookie = 'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.';
const fHtml = `<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->
<!--  Last Published: Tue May 06 2025 08:41:17 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.ashcombevey.example" data-wf-page="6638f1a2b9d2e4c1a7f0e3b2" data-wf-site="6638f1a2b9d2e4c1a7f0e2a1" lang="en"
data-wf-collection="6638f1a2b9d2e4c1a7f0e3a9" data-wf-item-slug="wedding-suit-alterations-timeline">
<head><meta charset="utf-8"/><title>${fTitle} | Ashcombe &amp; Vey</title>
<meta content="${fSummary}" name="description"/><meta content="${fTitle}" property="og:title"/><meta property="og:type" content="website"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://assets-global.website-files.com/6638f1a2b9d2e4c1a7f0e2a1/css/ashcombe-vey.webflow.4f1c2a9e1.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var
n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||
o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"Callum Ashcombe"},"datePublished":"2025-05-06"}</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
</head>
<body class="body">
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">${fCookie}</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a><div fs-cc="close" class="fs-cc-banner_close">
<div class="fs-cc-banner_close-icon w-embed"><svg fill="currentColor" aria-hidden="true" viewBox="0 0 16 16"></svg></div></div></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/6638f1a2b9d2e4c1a7f0e2a1/logo-av.svg" loading="lazy" alt="Ashcombe &amp; Vey" class="logo"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">${anchors(fNav, 'nav-link w-nav-link')}
<a href="/book" class="button nav-button w-button">Book an appointment</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section blog-hero"><div class="container w-container"><a href="/journal" class="back-link w-inline-block"><div>← Back to the journal</div></a>
<div class="blog-category">Weddings</div><h1 class="blog-title">${fTitle}</h1><p class="blog-summary">${fSummary}</p>
<div class="blog-meta"><div class="text-meta">By</div><div class="text-meta author">Callum Ashcombe</div><div class="meta-dot"></div>
<div class="text-meta">May 6, 2025</div><div class="meta-dot"></div><div class="text-meta">6 min read</div></div></div></section>
<section class="section blog-body"><div class="container narrow w-container">
<img src="https://assets-global.website-files.com/6638f1a2b9d2e4c1a7f0e2a1/6639a0c4_wedding-suit.jpg" loading="lazy" alt=""
sizes="(max-width: 767px) 100vw, 760px" class="blog-main-image"/>
<div class="rich-text w-richtext"><p>${fIntro}</p><h2>${fHeads[0]}</h2><p>${fBuy}</p><h2>${fHeads[1]}</h2><p>${fFirstP}</p><ul role="list">${lis(fBring)}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/6638f1a2b9d2e4c1a7f0e2a1/6639a0c9_chalk.jpg" loading="lazy" alt=""/></div>
<figcaption>${fCaption}</figcaption></figure><blockquote>${fQuote}</blockquote>
<h2>${fHeads[2]}</h2>${ps(fSecond)}<h2>${fHeads[3]}</h2>${ps(fWeek)}<h2>${fHeads[4]}</h2>${ps(fHire)}</div></div></section>
<section class="section related"><div class="container w-container"><h2 class="h2-related">More from the journal</h2>
<div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">
${fRel
  .map(
    ([c, t]) => `<div role="listitem" class="w-dyn-item">
<a href="/journal/${t.toLowerCase().replace(/\W+/g, '-')}" class="related-card w-inline-block">
<img src="https://assets-global.website-files.com/6638f1a2b9d2e4c1a7f0e2a1/thumb.jpg" loading="lazy" alt="" class="related-image"/>
<div class="related-category">${c}</div><h3 class="related-title">${t}</h3></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<section class="section cta"><div class="container w-container"><div class="cta-wrap"><h2 class="cta-heading">Getting married this year?</h2>
<p class="cta-text">Book a first fitting and we will plan the timeline with you.</p><a href="/book" class="button w-button">Book an appointment</a></div>
</div></section>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid">
<div><div class="footer-heading">Visit</div><p class="footer-text">18 Cloth Hall Street, Ravensby RV1 3EN</p></div>
<div><div class="footer-heading">Opening hours</div><p class="footer-text">Tuesday to Friday 10am–6pm<br/>Saturday 9am–4pm</p></div>
<div><div class="footer-heading">Follow</div>${anchors(['Instagram', 'Pinterest'], 'footer-link')}</div></div>
<div class="footer-bottom"><div>© 2025 ${esc('Ashcombe & Vey')}</div><a href="/privacy" class="footer-link small">Privacy</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6638f1a2b9d2e4c1a7f0e2a1" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6638f1a2b9d2e4c1a7f0e2a1/js/webflow.8c1b2e4d.js" type="text/javascript"></script>
</body></html>`;
const webflow: TestPage = {
  name: 'heldout519-webflow-wedding-suit-timeline',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [...fHeads],
  body: texts([fSummary, fIntro, fBuy, fFirstP, ...fBring, fQuote, ...fSecond, ...fWeek, ...fHire]),
  bylines: ['By', 'Callum Ashcombe', 'May 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    fCookie, 'Preferences', 'Deny', 'Accept', ...fNav.filter((t) => t !== 'Alterations' && t !== 'About'), 'Book an appointment', '← Back to the journal',
    '6 min read', fCaption, 'More from the journal', 'Care', ...fRel.map(([, t]) => t), 'Getting married this year?',
    'Book a first fitting and we will plan the timeline with you.', 'Visit', '18 Cloth Hall Street, Ravensby RV1 3EN', 'Opening hours',
    'Tuesday to Friday 10am–6pm', 'Saturday 9am–4pm', 'Follow', 'Instagram', 'Pinterest', '© 2025 Ashcombe & Vey', 'Privacy',
  ],
};

export const HELDOUT519_D: readonly TestPage[] = [webflow];
