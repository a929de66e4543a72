import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout301-kit.js';

/**
 * Held-out batch 301, file d: a homeowners' association newsletter page on Squarespace 7.1 (sqs-layout rows and columns,
 * sqs-block html and image blocks, a newsletter block, the blog item pagination and the announcement bar) and a renovation
 * cost guide on Webflow (w-richtext body with a price table embed, a w-dyn-list rail, a sticky quote form and w-nav header).
 */
const hTitle = 'Spring 2026 Newsletter: Pond Repairs, Dues and the Community Yard Sale';
const hHeads = ['A note from the board', 'Retention pond repairs', '2026 dues and the budget', 'Architectural requests', 'Community yard sale'];
const hP1 = [
  j(
    'Neighbors, thank you for a patient winter. The ice storm in January brought down more limbs than any of us can remember, and the',
    'volunteers who cleared the walking path that weekend saved the association nearly $3,000 in contractor fees.',
  ),
];
const hP2 = [
  j(
    'Work on the north retention pond begins the week of April 20. The contractor will rebuild the eroded bank beside Heron Court, replace',
    'the outflow pipe and reseed the slope. Expect trucks on Heron Court and Tamsin Lane between 8 a.m. and 5 p.m. for about three weeks.',
  ),
  'Please keep children and pets away from the fenced work area, and do not park on the grass shoulder near the pond.',
  j(
    'The repairs are paid for from the reserve fund and will not require a special assessment. The engineer’s report and the signed',
    'contract are posted in the document library of the portal for anyone who would like to read them.',
  ),
];
const hP3 = [
  j(
    'At the annual meeting, members approved the 2026 budget with quarterly dues of $285, an increase of $10. The increase covers higher',
    'insurance premiums on the clubhouse and a larger contribution to the reserve fund, which the reserve study recommended.',
  ),
  'Dues for the second quarter are due April 1 and are late after April 15. You can pay online through the management portal or by check.',
];
const hP4 = [
  'Planning a fence, shed, deck or exterior paint change this summer? Submit your request before you hire a contractor. The committee',
  'meets on the first Thursday of each month and needs complete applications, including a plot plan and color samples, a week in advance.',
];
const hP4t = [j(...hP4)];
const hP5 = ['The community yard sale returns on Saturday, May 16, from 7 a.m. to noon. Register your address by May 9 to be included on the map.'];
const hList = ['Signs go up on Friday evening at both entrances.', 'Unsold items can go to the donation truck at the clubhouse from noon to 2 p.m.'];
const hNav = ['Home', 'Residents', 'Documents', 'Newsletter', 'Calendar', 'Contact the Board'];
const hFoot = ['Willow Bend Commons Homeowners Association', '1200 Willow Bend Parkway, Carrick, TN', 'Managed by Fairhollow Community Management'];
const sqBlock = (type: string, inner: string): string =>
  `<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="${type === 'html' ? 2 : 5}"><div class="sqs-block-content">${inner}</div></div>`;
const sqText = (p: string[], h?: string): string =>
  sqBlock(
    'html',
    `<div class="sqs-html-content" data-sqsp-text-block-content>${
      h
        ? `<h3
style="white-space:pre-wrap;">${h}</h3>`
        : ''
    }${ps(p, ' style="white-space:pre-wrap;"')}</div>`,
  );
const hHtml = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${hTitle} — Willow Bend Commons HOA</title>
<meta property="og:site_name" content="Willow Bend Commons HOA"><meta property="og:type" content="article"><meta itemprop="datePublished" content="2026-04-01">
<script type="application/ld+json">{"url":"https://www.willowbendhoa.example","name":"Willow Bend Commons
HOA","@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteSettings":{"announcementBarSettings":{}}};</script></head>
<body id="item-660ab31" class="tweak-blog-item-width-medium collection-type-blog-basic view-item"><div class="sqs-announcement-bar-dropzone">
<div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Pool opens Memorial Day weekend. Renew your pool tag in the
portal.</p></div></div></div>
<header id="header" class="header theme-col--primary" data-section-theme=""><div class="header-inner"><div class="header-title-text"><a href="/">Willow Bend
Commons</a></div>
<div class="header-nav"><nav class="header-nav-list">${hNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a
href="/${t.toLowerCase()}">${t}</a></div>`,
  )
  .join('')}</nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="660ab2"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-wbc-board post-type-text">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${hTitle}</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-04-01">April 1,
2026</time></div>
<div class="blog-meta-item blog-meta-item--author">Written By <a href="/newsletter?author=wbc">WBC Board of Directors</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-660ab31">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">${sqText(hP1, hHeads[0])}
${sqBlock(
  'image',
  `<figure class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.example/pond.jpg" alt=""><figcaption
class="image-caption-wrapper"><div class="image-caption"><p>The eroded bank at the north pond, photographed in March.</p></div></figcaption></figure>`,
)}
${sqText(hP2, hHeads[1])}${sqText(hP3, hHeads[2])}</div></div>
<div class="row sqs-row"><div class="col sqs-col-8 span-8">${sqText(hP4t, hHeads[3])}</div><div class="col sqs-col-4 span-4">
${sqBlock(
  'button',
  `<div class="sqs-block-button-container"><a href="/documents/arc-form" class="sqs-block-button-element--medium
sqs-button-element--primary">Download the ARC form</a></div>`,
)}</div></div>
<div class="row sqs-row"><div class="col sqs-col-12 span-12">${sqBlock(
  'html',
  `<div class="sqs-html-content"><h3>${hHeads[4]}</h3>${ps(hP5)}<ul
data-rte-list="default">${hList.map((t) => `<li><p>${t}</p></li>`).join('')}</ul></div>`,
)}
${sqBlock(
  'newsletter',
  `<div class="newsletter-form-wrapper"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get the newsletter
by email</h2><div class="newsletter-form-header-description"><p>One email a season, plus urgent notices.</p></div></div><form class="newsletter-form"><input
type="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit"><span class="newsletter-form-button-label">Sign
Up</span></button></form></div>`,
)}
</div></div></div></div></div>
<div class="blog-item-comments"></div><section class="item-pagination item-pagination--prev-next"><a href="/newsletter/winter-2026"
class="item-pagination-link--prev">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Winter 2026 Newsletter: Snow Removal and the Annual
Meeting</h2></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content">${ps(hFoot)}
<p>Board meetings are open to all members.</p></div></section></footer>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies to give you the best experience.</p></div>
<button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button></div>
<script>Squarespace.afterBodyLoad(Y);</script></body></html>`;
const willow: TestPage = {
  name: 'heldout301-squarespace-hoa-newsletter',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hP1, ...hP2, ...hP3, ...hP4t, ...hP5, ...hList]),
  bylines: ['April 1, 2026', 'WBC Board of Directors'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pool opens Memorial Day weekend. Renew your pool tag in the portal.', 'Willow Bend Commons', ...hNav, 'Written By',
    'The eroded bank at the north pond, photographed in March.', 'Download the ARC form', 'Get the newsletter by email',
'One email a season, plus urgent notices.',
    'Sign Up', 'Previous', 'Winter 2026 Newsletter: Snow Removal and the Annual Meeting', ...hFoot, 'Board meetings are open to all members.',
    'This site uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
};

const cTitle = 'How Much Does a Kitchen Remodel Cost in 2026?';
const cHeads = [
  'Average kitchen remodel cost',
  'Cost by project size',
  'What drives the price',
  'Cabinets',
  'Countertops',
  'Labor and permits',
  'Ways to save',
];
const cP1 = [
  j(
    'Most homeowners spend between $18,000 and $62,000 on a kitchen remodel, with a typical mid-range project landing around $34,500.',
    'Where you fall in that range depends on the size of the room, whether you move plumbing or walls, and the finishes you choose.',
  ),
  'The figures below come from 1,840 completed projects priced through our contractor network between January 2025 and February 2026.',
];
const cTable = `<table class="cost-table"><thead><tr><th>Project size</th><th>Typical cost</th><th>What it usually includes</th></tr></thead><tbody>
<tr><td>Refresh</td><td>$8,000 – $18,000</td><td>Paint, new hardware, refaced cabinets, new sink and faucet</td></tr>
<tr><td>Mid-range remodel</td><td>$25,000 – $45,000</td><td>New stock cabinets, quartz counters, new appliances, new flooring</td></tr>
<tr><td>Major remodel</td><td>$60,000 – $120,000</td><td>Custom cabinets, relocated plumbing or walls, new lighting plan</td></tr></tbody></table>`;
const cCells = [
  'Refresh',
  '$8,000 – $18,000',
  'Paint, new hardware, refaced cabinets, new sink and faucet',
  'Mid-range remodel',
  '$25,000 – $45,000',
  'New stock cabinets, quartz counters, new appliances, new flooring',
  'Major remodel',
  '$60,000 – $120,000',
  'Custom cabinets, relocated plumbing or walls, new lighting plan',
];
const cP2 = [
  j(
    'Cabinets are usually the largest single line, at 25 to 35 percent of the budget. Stock cabinets run $100 to $300 per linear foot installed,',
    'semi-custom $250 to $650, and fully custom boxes can pass $1,200 per foot.',
  ),
];
const cP3 = [
  j(
    'Laminate starts near $25 per square foot installed. Quartz, the most popular choice in our data, averages $75, and natural stone such',
    'as quartzite ranges from $90 to $180 depending on the slab.',
  ),
];
const cP4 = [
  j(
    'Labor typically accounts for 20 to 35 percent of the total. Permits are needed whenever electrical, plumbing or structural work is',
    'involved and cost $300 to $2,000 in most cities. Moving a sink or range to another wall adds $2,500 to $6,000 on its own.',
  ),
  j(
    'Older homes can hold surprises. Budget an extra 10 to 15 percent for problems found once walls are open, such as outdated',
    'wiring, rotted subfloor under the sink or ductwork that has to be rerouted around new cabinets.',
  ),
];
const cList = [
  'Keep the existing layout so plumbing and gas lines stay where they are.',
  'Reface sound cabinet boxes instead of replacing them.',
  'Buy appliances during holiday sales and have them delivered when the contractor is ready.',
  'Get at least three itemized quotes and compare them line by line.',
];
const cNav = ['Cost Guides', 'Find a Pro', 'Calculators', 'For Contractors', 'Log in'];
const cRail = ['Bathroom Remodel Cost', 'Cabinet Refacing Cost', 'Countertop Installation Cost', 'Flooring Cost per Square Foot'];
const cFoot = ['About Costwise', 'How we gather cost data', 'Privacy', 'Terms', 'Do not sell my info'];
const wH = (t: string, l = 2): string => `<h${l}>${t}</h${l}>`;
const cHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><html data-wf-domain="www.costwise.example" data-wf-page="65f1c2"
data-wf-site="64a0be" lang="en"><head><meta charset="utf-8"><title>${cTitle} | Costwise</title><meta content="Webflow" name="generator">
<meta content="Kitchen remodel prices by project size, cabinets, countertops and labor." name="description">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${cTitle}","author":{"@type":"Person","name":"Priya
Calloway"}}</script>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body class="body-cost-guide"><div data-collapse="medium" data-animation="default" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand">Costwise</a><nav role="navigation" class="nav-menu w-nav-menu">${cNav
  .map(
    (t) => `<a href="/x" class="nav-link
w-nav-link">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-guide"><div class="container-guide w-container"><div class="breadcrumb-wrap"><a href="/cost-guides" class="breadcrumb-link">Cost Guides</a>
<div class="breadcrumb-divider">/</div><a href="/cost-guides/kitchen" class="breadcrumb-link">Kitchen</a></div>
<div class="guide-grid w-layout-grid"><div class="guide-main"><h1 class="heading-guide">${cTitle}</h1>
<div class="author-row"><img src="https://assets.website-files.example/priya.jpg" class="author-avatar" alt=""><div class="author-name">Priya Calloway</div>
<div class="text-block-dot">•</div><div class="updated-date">Updated March 26, 2026</div></div>
<div class="fact-check-badge"><div>Reviewed by Costwise’s cost data team</div></div>
<div class="rich-text-guide w-richtext">${wH(cHeads[0] ?? '')}${ps(cP1)}
${wH(cHeads[1] ?? '')}<div class="w-embed">${cTable}</div>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets.website-files.example/kitchen.jpg" alt=""></div>
<figcaption>A mid-range remodel with stock shaker cabinets and quartz counters.</figcaption></figure>
${wH(cHeads[2] ?? '')}${wH(cHeads[3] ?? '', 3)}${ps(cP2)}${wH(cHeads[4] ?? '', 3)}${ps(cP3)}
<blockquote>Related: <a href="/cost-guides/countertop-installation">Countertop Installation Cost</a></blockquote>
${wH(cHeads[5] ?? '', 3)}${ps(cP4)}
${wH(cHeads[6] ?? '')}<ul role="list">${cList.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="disclaimer-text">Costs are estimates and vary by location, materials and contractor availability.</div></div>
<div class="guide-sidebar"><div class="sticky-quote-card"><div class="quote-card-heading">Get free quotes from local remodelers</div>
<div class="w-form"><form id="wf-form-Quote" name="wf-form-Quote" data-name="Quote"><input class="text-field w-input" placeholder="ZIP code" type="text">
<input type="submit" value="Compare quotes" class="button-quote w-button"></form><div class="w-form-done"><div>Thank you! Your submission has been
received!</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div>
<div class="related-guides"><div class="sidebar-heading">Related cost guides</div><div class="w-dyn-list"><div role="list" class="w-dyn-items">
${cRail
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/g"
class="related-link">${t}</a></div>`,
  )
  .join('')}</div></div></div></div></div></div></div>
<footer class="footer"><div class="footer-links">${cFoot.map((t) => `<a href="/f" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-copyright">© 2026 Costwise Labs, Inc.</div></footer>
<div class="fs-cc-banner_component" fs-cc="banner"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device to
enhance site navigation and analyze site usage.</div><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a>
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script><script
src="/js/webflow.js"></script></body></html>`;
const costwise: TestPage = {
  name: 'heldout301-webflow-renovation-cost-guide',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: texts([...cP1, ...cCells, ...cP2, ...cP3, ...cP4, ...cList]),
  bylines: ['Priya Calloway', 'Updated March 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Costwise', ...cNav, 'Kitchen', 'Reviewed by Costwise’s cost data team', 'A mid-range remodel with stock shaker cabinets and quartz counters.',
    'Related: Countertop Installation Cost', 'Costs are estimates and vary by location, materials and contractor availability.',
    'Get free quotes from local remodelers', 'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    'Related cost guides', ...cRail, ...cFoot, '© 2026 Costwise Labs, Inc.',
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.', 'Preferences',
  ],
};

export const HELDOUT301_D: readonly TestPage[] = [willow, costwise];
