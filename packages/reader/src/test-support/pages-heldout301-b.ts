import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout301-kit.js';

/**
 * Held-out batch 301, file b: a This Old House-style home-improvement how-to on a Dotdash Meredith-style template (mntl-sc-block
 * blocks, the project overview box, a tools and materials list, numbered steps, a feedback widget, a dianomi-style ad slot) and
 * an insurer's claims guide on Adobe Experience Manager (aem-Grid, cmp-text, cmp-accordion, a claims phone panel).
 */
const tTitle = 'How to Replace a Rotted Window Sill';
const tHeads = [
  'What You’ll Need',
  'Equipment / Tools',
  'Materials',
  'Instructions',
  '1. Remove the Old Sill',
  '2. Cut the New Sill to Size',
  '3. Fit and Fasten the Sill',
  '4. Seal and Paint',
  'Tips From the Pros',
];
const tIntro = [
  j(
    'A soft, crumbling window sill is more than an eyesore. Once water gets into the end grain, rot spreads into the jack studs and',
    'the sheathing below, and a repair that costs an afternoon today can become a wall rebuild in a few years.',
  ),
  j(
    'Replacing an exterior sill on a wood double-hung window is well within reach of a careful DIYer. The job below assumes the rot has',
    'not reached the framing; probe the studs under the sill with an awl before you start, and call a carpenter if it sinks in easily.',
  ),
];
const tTools = [
  'Oscillating multi-tool',
  'Reciprocating saw with a long demolition blade',
  'Flat pry bar',
  'Table saw or circular saw',
  'Block plane',
  'Drill/driver',
  'Caulk gun',
];
const tMats = [
  'Sill stock in rot-resistant wood or cellular PVC',
  'Exterior wood glue',
  '2½-inch stainless trim screws',
  'Epoxy wood filler',
  'Paintable polyurethane sealant',
  'Exterior primer and paint',
];
const tS1 = [
  j(
    'Take off the interior stool and apron, then cut the old sill in two places with the oscillating tool. Pry out the middle section',
    'first and work the end pieces free from under the jambs. If nails hold them, slip the reciprocating saw blade in and cut them.',
  ),
];
const tS2 = [
  j(
    'Use the largest intact piece of the old sill as a template. Copy the slope and the horn cut-outs at each end, then rip the new',
    'stock to width and cut a drip kerf on the underside about an inch back from the front edge so water falls clear of the siding.',
  ),
];
const tS3 = [
  j(
    'Dry-fit the sill and plane it until it slides in with light tapping. Back-prime every face, let it dry, then tap it home and',
    'drive two screws up through each jamb into the sill. Fill the screw holes and any gaps at the jambs with epoxy filler.',
  ),
];
const tS4 = [
  j(
    'Run a bead of sealant where the sill meets the jambs and the siding, but leave the drip edge open. Apply two coats of exterior',
    'paint, carrying the paint onto the end grain and the underside.',
  ),
];
const tTips = [
  'Cellular PVC never rots, but it moves with temperature; leave a 1/16-inch gap at each end and fill it with sealant.',
  'Work on a dry day with the forecast clear for 48 hours so primer and filler cure properly.',
  'While the sill is out, look for flashing under it. If there is none, add a self-adhesive sill pan before fitting the new piece.',
];
const tNav = ['Kitchen', 'Bathroom', 'Windows & Doors', 'Roofing', 'Tools', 'Cost Guides', 'Video'];
const tRel = ['How to Repair Rotted Wood With Epoxy', 'Window Glazing Putty: How to Reglaze an Old Sash', 'The Best Oscillating Multi-Tools'];
const tFoot = ['About Us', 'Editorial Guidelines', 'Privacy Policy', 'Advertise', 'Terms of Service', 'Careers', 'Contact'];
const tb = (n: number, inner: string): string => `<div id="mntl-sc-block_${n}-0" class="comp mntl-sc-block mntl-sc-block-html">${inner}</div>`;
const th = (n: number, t: string, lvl = 2): string =>
  `<h${lvl} id="mntl-sc-block_${n}-0" class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${t}</span></h${lvl}>`;
const tUl = (a: string[]): string => `<ul class="comp mntl-sc-list">${a.map((t) => `<li class="mntl-sc-list-item">${t}</li>`).join('')}</ul>`;
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${tTitle}</title>
<meta name="description" content="Step-by-step: cut out a rotted exterior window sill and fit a new one that will shed water for decades.">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["HowTo"],"name":"${tTitle}","totalTime":"PT4H","tool":[{"@type":"HowToTool",
"name":"Flat pry bar"}]}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.DFP = {slots: ["leaderboard", "square-fixed"]};</script></head>
<body class="mntl-body comp tmog-body" data-tmog-template="structured-project"><header class="comp header mntl-header" role="banner">
<a href="#main" class="mntl-skip-to-content">Skip to content</a><a class="header__logo" href="/">Sturdy House</a>
<nav id="header-nav_1-0" class="comp header-nav"><ul>${links(tNav, 'header-nav__list-item')}</ul></nav>
<a class="header__subscribe" href="/newsletter">Newsletters</a></header>
<div id="leaderboard-flex-1" class="comp mntl-leaderboard-header"><div class="mntl-gpt-adunit"><span class="ad-label">Advertisement</span></div></div>
<main id="main" class="loc main"><article id="structured-project_1-0" class="comp structured-project article">
<ul id="mntl-breadcrumbs_1-0" class="comp mntl-breadcrumbs"><li class="mntl-breadcrumbs__item"><a href="/windows-doors">Windows &amp; Doors</a></li>
<li class="mntl-breadcrumbs__item"><a href="/windows-doors/repair">Window Repair</a></li></ul>
<header class="loc article-header"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${tTitle}</h1>
<div id="mntl-bylines_1-0" class="comp mntl-bylines"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span>
<a class="mntl-attribution__item-name" href="/emmett-lorrigan">Emmett Lorrigan</a></div>
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Reviewed by</span> <a class="mntl-attribution__item-name">Ruth
Oyelaran</a></div>
<div class="mntl-attribution__item-date">Updated on 03/18/26</div></div></header>
<figure id="figure-article_1-0" class="comp figure-article"><img src="https://www.sturdyhouse.example/thmb/sill.jpg" alt="">
<figcaption class="figure-article-caption"><span class="figure-article-caption-text">Cutting out the old sill with an oscillating tool.</span>
<span class="mntl-attribution__item-name figure-article-caption-owner">Sturdy House / Nell Carraway</span></figcaption></figure>
<div id="project-meta_1-0" class="comp project-meta"><div class="project-meta__item"><span class="project-meta__label">Working Time:</span>
<span class="project-meta__value">3 hrs</span></div><div class="project-meta__item"><span class="project-meta__label">Skill Level:</span>
<span class="project-meta__value">Intermediate</span></div><div class="project-meta__item"><span class="project-meta__label">Estimated Cost:</span>
<span class="project-meta__value">$60 to $150</span></div></div>
<div id="article-content_1-0" class="comp article-content"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block" data-sc-sticky-offset="0">
${tb(1, ps(tIntro, ' class="comp mntl-sc-block mntl-sc-block-html"'))}
${th(2, tHeads[0] ?? '')}
${th(3, tHeads[1] ?? '', 3)}${tUl(tTools)}
${th(4, tHeads[2] ?? '', 3)}${tUl(tMats)}
<div class="comp mntl-sc-block mntl-sc-block-adslot"><div class="mntl-gpt-dynamic-adunit"><span class="ad-label">Advertisement</span></div></div>
${th(5, tHeads[3] ?? '')}
${th(6, tHeads[4] ?? '', 3)}${tb(7, ps(tS1))}
${th(8, tHeads[5] ?? '', 3)}${tb(9, ps(tS2))}
<div class="comp mntl-sc-block mntl-sc-block-callout"><p class="mntl-sc-block-callout-heading">Read More:</p>
<a href="/how-to-repair-rotted-wood-epoxy">How to Repair Rotted Wood With Epoxy</a></div>
${th(10, tHeads[6] ?? '', 3)}${tb(11, ps(tS3))}
${th(12, tHeads[7] ?? '', 3)}${tb(13, ps(tS4))}
${th(14, tHeads[8] ?? '')}${tUl(tTips)}
</div></div>
<div id="mntl-article-feedback_1-0" class="comp mntl-article-feedback"><p class="mntl-article-feedback__heading">Was this page helpful?</p>
<button class="mntl-article-feedback__button">Thanks for your feedback!</button></div>
<div id="article-sources_1-0" class="comp article-sources"><span>Sturdy House uses only high-quality sources to support the facts in our articles.</span></div>
</article><aside class="comp right-rail"><div class="mntl-taxonomysc-list"><h3>Related Projects</h3><ul>${links(tRel, 'related__item')}</ul></div>
<div class="comp mntl-newsletter-signup"><h3>Get weekend project ideas in your inbox</h3><input type="email"><button>Sign Up</button></div></aside></main>
<footer id="footer_1-0" class="comp footer"><ul>${links(tFoot, 'footer__link')}</ul><p class="footer__copyright">© 2026 Sturdy House Media. All rights
reserved.</p></footer>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies to store and access information on your device.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></body></html>`;
const sturdy: TestPage = {
  name: 'heldout301-dotdash-mntl-howto-tools-list',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tIntro, ...tTools, ...tMats, ...tS1, ...tS2, ...tS3, ...tS4, ...tTips]),
  bylines: ['Emmett Lorrigan', 'Ruth Oyelaran', 'Updated on 03/18/26'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Sturdy House', ...tNav, 'Newsletters', 'Advertisement', 'Window Repair', 'Reviewed by',
'Cutting out the old sill with an oscillating tool.',
    'Sturdy House / Nell Carraway', 'Working Time:', '3 hrs', 'Skill Level:', 'Intermediate', 'Estimated Cost:', '$60 to $150', 'Read More:',
    'Was this page helpful?', 'Thanks for your feedback!', 'Sturdy House uses only high-quality sources to support the facts in our articles.',
    'Related Projects', ...tRel, 'Get weekend project ideas in your inbox', 'Sign Up', ...tFoot, '© 2026 Sturdy House Media. All rights reserved.',
    'We and our partners use cookies to store and access information on your device.', 'Accept All', 'Cookie Settings',
  ],
};

const iTitle = 'How to make a home insurance claim';
const iHeads = ['Before you call us', 'Making your claim', 'What happens next', 'Emergency repairs', 'Frequently asked questions'];
const iP0 = [
  j(
    'If your home or belongings have been damaged, stolen or lost, we are here to help you get back to normal as quickly as possible.',
    'This guide explains what to do straight away, what information we will ask for and how long each stage usually takes.',
  ),
];
const iP1 = ['First, make sure everyone is safe. Then, if you can do so without putting yourself at risk:'];
const iL1 = [
  'Stop the damage getting worse, for example by turning off the water at the stopcock or covering a broken window.',
  'Take photos or videos of the damage before you clear anything away.',
  'Keep damaged items if you can, as our claims handler may need to see them.',
  'Report thefts, break-ins and malicious damage to the police and note the crime reference number.',
];
const iP2 = [
  j(
    'You can make a claim online, in the Brightwater app or by phone. Online is usually quickest, and you can upload photos and',
    'receipts as you go. Have your policy number to hand, along with the date the damage happened and a short description of what occurred.',
  ),
  j(
    'For claims under £1,500 where the cause is clear, we can often agree a settlement the same day. Larger or more complex claims are',
    'passed to a specialist handler, who will contact you within two working days.',
  ),
];
const iP3 = [
  j(
    'Depending on the claim, we may send a loss adjuster to look at the damage, arrange for one of our approved contractors to carry',
    'out repairs, or pay you so you can arrange them yourself. Your excess is deducted from any payment or paid to the contractor.',
  ),
  'You can follow every step of your claim in your online account, where you will also find your handler’s direct contact details.',
];
const iP4 = [
  j(
    'If you need urgent work to make your home safe, secure or watertight, you can arrange it straight away and keep the invoice. We will',
    'cover reasonable costs as part of your claim, as long as the damage is covered by your policy.',
  ),
];
const iFaq = ['Will making a claim affect my premium?', 'Do I need to get quotes before repairs start?', 'What if I disagree with the settlement?'];
const iAns = [
  'It may do. Your renewal price takes account of claims made in the past five years, whoever was at fault.',
  'Not usually. For most claims we will either use our approved repairers or agree the cost with your own tradesperson.',
  'Tell your claims handler first. If we cannot resolve it, you can ask for a final response and refer the matter to the ombudsman.',
];
const iNav = ['Home insurance', 'Car insurance', 'Landlord insurance', 'Claims', 'Help & support', 'Log in'];
const iCrumbs = ['Home', 'Claims', 'Home insurance claims'];
const iFoot = ['Accessibility', 'Cookie policy', 'Privacy notice', 'Modern slavery statement', 'Complaints'];
const ic = (inner: string): string => `<div class="text aem-GridColumn aem-GridColumn--default--12"><div class="cmp-text">${inner}</div></div>`;
const iTitleBlk = (t: string): string =>
  `<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title"><h2 class="cmp-title__text">${t}</h2></div></div>`;
const iHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${iTitle} | Brightwater Mutual</title>
<meta name="template" content="content-page"><meta name="description" content="Step-by-step help with a home insurance claim.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${iFaq[0]}"}]}</script>
<script src="/etc.clientlibs/brightwater/clientlibs/clientlib-base.lc-7f1a-lc.min.js"></script></head>
<body class="page basicpage" id="page-5e0a1c"><div class="root container responsivegrid"><div id="container-1" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12"><div class="experiencefragment aem-GridColumn--default--12"><header
class="cmp-experiencefragment--header">
<a class="cmp-header__skip" href="#main-content">Skip to main content</a><nav class="cmp-navigation"><ul class="cmp-navigation__group">
${links(iNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav></header></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(iCrumbs, 'cmp-breadcrumb__item')}</ol></nav></div>
<main id="main-content" class="container responsivegrid aem-GridColumn--default--8"><div class="cmp-container"><div class="aem-Grid aem-Grid--8">
<div class="title aem-GridColumn aem-GridColumn--default--8"><div class="cmp-title"><h1 class="cmp-title__text">${iTitle}</h1></div></div>
${ic(`${ps(iP0)}<p class="cmp-text__updated">Last reviewed: 11 February 2026</p>`)}
${iTitleBlk(iHeads[0] ?? '')}
${ic(`${ps(iP1)}<ul>${iL1.map((t) => `<li>${t}</li>`).join('')}</ul>`)}
${iTitleBlk(iHeads[1] ?? '')}
${ic(ps(iP2))}
<div class="teaser aem-GridColumn--default--8"><div class="cmp-teaser"><h3 class="cmp-teaser__title">Start your claim online</h3>
<p class="cmp-teaser__description">It takes about 10 minutes. You’ll need your policy number.</p><a class="cmp-teaser__action-link" href="/claims/start">Start
a claim</a></div></div>
${iTitleBlk(iHeads[2] ?? '')}
${ic(ps(iP3))}
${iTitleBlk(iHeads[3] ?? '')}
${ic(ps(iP4))}
${iTitleBlk(iHeads[4] ?? '')}
<div class="accordion panelcontainer"><div class="cmp-accordion" data-cmp-is="accordion">${iFaq
  .map(
    (q, k) => `<div class="cmp-accordion__item"><h3 class="cmp-accordion__header"><button class="cmp-accordion__button"><span
class="cmp-accordion__title">${q}</span>
<span class="cmp-accordion__icon"></span></button></h3><div class="cmp-accordion__panel" role="region"><div
class="cmp-text"><p>${iAns[k]}</p></div></div></div>`,
  )
  .join('\n')}</div></div>
</div></div></main>
<aside class="container aem-GridColumn--default--4"><div class="cmp-container claims-contact"><h2>Claims helpline</h2><p>0800 014 7720</p>
<p>Open 24 hours a day, 7 days a week</p><h2>Glass claims</h2><p>0800 014 7731</p></div></aside>
<div class="experiencefragment"><footer class="cmp-footer"><ul>${links(iFoot)}</ul>
<p>Brightwater Mutual Insurance Society Limited is authorised by the Prudential Regulation Authority. Firm reference number 204981.</p></footer></div>
</div></div></div><div id="consent-banner" class="cmp-consent"><p>We use essential cookies to make our site work, and optional cookies to improve it.</p>
<button>Accept all cookies</button><button>Reject optional cookies</button></div></body></html>`;
const brightwater: TestPage = {
  name: 'heldout301-aem-insurer-claims-guide',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: [...iHeads, ...iFaq],
  body: texts([...iP0, ...iP1, ...iL1, ...iP2, ...iP3, ...iP4, ...iAns]),
  bylines: ['Last reviewed: 11 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...iNav, ...iCrumbs, 'Start your claim online', 'It takes about 10 minutes. You’ll need your policy number.', 'Start a claim',
    'Claims helpline', '0800 014 7720', 'Open 24 hours a day, 7 days a week', 'Glass claims', '0800 014 7731', ...iFoot,
    'Brightwater Mutual Insurance Society Limited is authorised by the Prudential Regulation Authority. Firm reference number 204981.',
    'We use essential cookies to make our site work, and optional cookies to improve it.', 'Accept all cookies', 'Reject optional cookies',
  ],
};

export const HELDOUT301_B: readonly TestPage[] = [sturdy, brightwater];
