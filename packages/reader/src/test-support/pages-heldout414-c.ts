import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld, lis } from './pages-heldout414-kit.js';

/**
 * Held-out batch 414, file c: a letting agent's guide for tenants on a HubSpot CMS blog (header menu, author and date meta,
 * featured image, CTA button, tags, subscribe form, recent posts, HubSpot cookie banner, footer) and a legal aid charity's
 * eviction FAQ on Squarespace 7.1 (announcement bar, header nav, accordion block whose questions are h4 headings, donate
 * section, footer sections, cookie banner).
 */
const kTitle = 'Renting your first home: a step-by-step guide for tenants';
const kHeads = ['1. Work out what you can afford', '2. Get your documents ready', '3. Viewing and making an offer', '4. Before you sign', '5. Moving-in day'];
const kIntro = [
  j(
    'Renting for the first time can feel like a lot of paperwork at once. Our branch team in Hollinsby handles hundreds of new',
    'tenancies every year, so we have put together the questions we are asked most, in the order you are likely to meet them.',
  ),
];
const kS1 = [
  j(
    'Most landlords and referencing companies look for a household income of about 30 times the monthly rent. On a £1,100 a month',
    'flat, that means around £33,000 a year between everyone named on the tenancy.',
  ),
  'Remember to budget for council tax, energy, water, broadband and contents insurance on top of the rent.',
];
const kS2 = [
  'Having these ready can save days when you find the right place:',
  'photo ID for every adult who will live in the property',
  'proof of your right to rent in the UK',
  'your last three months of payslips or an offer letter from a new employer',
  'details of your current landlord or letting agent for a reference',
  "a guarantor's details, if your income is below the threshold",
];
const kS3 = [
  j(
    'Good homes go quickly, so view as soon as you can and bring a checklist. Look for signs of damp, test the taps and the shower,',
    'and ask how old the boiler is and which energy rating the property has.',
  ),
  j(
    "When you make an offer, you may be asked for a holding deposit. By law this is capped at one week's rent, and the agent must",
    'either return it or put it towards your first rent or deposit once the tenancy starts.',
  ),
];
const kS4 = [
  j(
    'Read the whole tenancy agreement, not just the rent and the dates. Check who to call for repairs, whether there is a break clause,',
    'and any rules about pets or decorating.',
  ),
  j(
    'Your landlord must give you the current How to Rent guide, the gas safety certificate, the energy performance certificate and',
    'an electrical safety report. Ask if any of these are missing.',
  ),
];
const kS5 = [
  j(
    'Go through the inventory carefully with the clerk or on your own, and add photos of anything that is marked, chipped or worn.',
    'Send your comments back within the time the agent gives you. This record is what protects your deposit at the end.',
  ),
  'Take meter readings on day one and give them to your energy and water suppliers.',
];
const kNav = ['Landlords', 'Tenants', 'Properties to rent', 'Valuation', 'Branches', 'Blog'];
const kTags = ['Tenant guides', 'First-time renters', 'Deposits'];
const kRecent = ['What does a tenancy renewal cost?', 'Five questions to ask at a viewing', 'Pets in rented homes: what changes this year'];
const kFoot = ['Client money protection', 'Complaints procedure', 'Fees for tenants', 'Privacy notice', 'Cookie settings'];
const kHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>${kTitle}</title>
<meta name="description" content="From budgets and referencing to inventories, everything first-time renters need to know.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta property="og:title" content="${kTitle}"><link rel="canonical" href="https://www.kestrellowe.co.uk/blog/renting-your-first-home">
${ld({
  '@context': 'https://schema.org',
  '@type': 'BlogPosting',
  headline: kTitle,
  author: { '@type': 'Person', name: 'Priya Halloran' },
  datePublished: '2026-02-19',
})}
<script>var hsVars = {render_id: "a81f2c", ticks: 1771500000, page_id: 160044812, content_group_id: 88120441, portal_id: 7719031, app_hs_base_url: ""};</script>
<link rel="stylesheet" href="https://www.kestrellowe.co.uk/hubfs/hub_generated/template_assets/1/main.min.css"></head>
<body><div class="body-wrapper hs-content-id-160044812 hs-blog-post hs-blog-id-88120441">
<div data-global-resource-path="kestrel-theme/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="https://www.kestrellowe.co.uk/hubfs/logo.svg"
alt="Kestrel &amp; Lowe"></a></div>
<div class="header__navigation"><nav aria-label="Main menu" class="navigation-primary"><ul
class="submenu level-1">${links(kNav, 'has-submenu menu-item')}</ul></nav></div>
<div class="header__button"><span class="hs-cta-wrapper"><a class="hs-button" href="/book-a-valuation">Book a valuation</a></span></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="blog-header">
<a class="blog-header__back" href="/blog">Back to blog</a></div><div class="content-wrapper"><article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${kTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/priya-halloran" class="blog-post__author">Priya Halloran</a>
<time datetime="2026-02-19 09:00:00" class="blog-post__timestamp">19 February 2026</time><span class="blog-post__read-time">6 min read</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p><img src="https://www.kestrellowe.co.uk/hs-fs/hubfs/blog/keys-handover.jpg?width=1200&amp;name=keys-handover.jpg" alt="Keys being handed over"
width="1200" loading="lazy"></p>
${ps(kIntro)}
<h2>${kHeads[0]}</h2>${ps(kS1)}
<h2>${kHeads[1]}</h2><p>${kS2[0]}</p><ul>${lis(kS2.slice(1))}</ul>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7a2e"><span class="hs-cta-node hs-cta-7a2e" id="hs-cta-7a2e">
<a href="/properties-to-rent" class="cta_button" id="cta_button_7719031_7a2e">Browse homes to rent in Hollinsby</a></span></span><!-- end HubSpot CTA --></p>
<h2>${kHeads[2]}</h2>${ps(kS3)}
<h2>${kHeads[3]}</h2>${ps(kS4)}
<h2>${kHeads[4]}</h2>${ps(kS5)}
</span></div>
<div class="blog-post__tags"><span class="blog-post__tags-label">Topics:</span>${kTags
  .map(
    (t) => `<a class="blog-post__tag-link"
href="/blog/tag/x">${t}</a>`,
  )
  .join(', ')}</div>
<div class="blog-post__share"><span>Share this article</span><a href="#" class="share-facebook">Facebook</a><a href="#" class="share-linkedin">LinkedIn</a>
<a href="#" class="share-email">Email</a></div></article>
<section class="blog-subscribe"><h3>Subscribe to tenant tips</h3><div class="hbspt-form"><form class="hs-form stacked" id="hsForm_4d1f">
<label for="email-4d1f"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-4d1f" class="hs-input" type="email" name="email">
<input type="submit" value="Subscribe" class="hs-button primary large"></form></div></section>
<section class="blog-related-posts"><h2>Recent posts</h2><div class="blog-related-posts__list">${kRecent
  .map((t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/x">${t}</a></h3></div>`)
  .join('\n')}</div></section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p class="footer__about">Kestrel &amp; Lowe Lettings, 3 Market Hill, Hollinsby HB4 1RE.
Member of Propertymark. Client money protected by CMP Shield.</p><ul class="footer__links">${links(kFoot)}</ul><p class="footer__copyright">© 2026 Kestrel
&amp; Lowe
Ltd. Registered in England no. 09123884.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more
personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><a href="javascript:void(0);" id="hs-eu-confirmation-button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script src="https://js.hs-scripts.com/7719031.js" id="hs-script-loader"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout414-hubspot-letting-agent-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([...kIntro, ...kS1, ...kS2, ...kS3, ...kS4, ...kS5]),
  bylines: ['Priya Halloran', '19 February 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'Book a valuation', 'Back to blog', 'Browse homes to rent in Hollinsby', 'Topics:', ...kTags, 'Share this article', 'Facebook',
    'LinkedIn', 'Subscribe to tenant tips', 'Recent posts', ...kRecent, 'Member of Propertymark. Client money protected by CMP Shield.', ...kFoot,
    'Registered in England no. 09123884.', 'This website stores cookies on your computer.', 'Accept', 'Decline',
  ],
};

const sTitle = 'Eviction: frequently asked questions';
const sIntro = [
  j(
    'Facing eviction is frightening, but a notice from your landlord is not the end of your tenancy. These answers cover the questions',
    'our housing lawyers hear most often from renters in Dunmore and the Vale. They are general information, not advice on your case.',
  ),
];
const sQs = [
  'My landlord told me to leave by Friday. Do I have to go?',
  'What is the difference between a notice to quit and a court order?',
  'I am behind on rent. Can I still stop the eviction?',
  'What happens at the court hearing?',
  'Can I get free help?',
];
const sAs = [
  [
    j(
      'No. A spoken or texted demand has no legal force. Your landlord must give you written notice in the correct form, wait for it',
      'to expire, then get a possession order from the court. Only a court enforcement officer can make you leave.',
    ),
  ],
  [
    j(
      'A notice starts the process; it does not end your tenancy by itself. If you are still in the home when it runs out, your',
      'landlord has to apply to the court. The court decides whether to make an order and, if so, the date you must leave.',
    ),
  ],
  [
    j(
      'Often, yes. Judges can adjourn a case or suspend an order if you can show a realistic plan to clear the arrears. Bring evidence',
      'of your income and any benefit claim in progress. Paying something, even a small amount, before the hearing makes a difference.',
    ),
    'Check whether you can get a discretionary housing payment from the council to cover the gap.',
  ],
  [
    j(
      'Most possession hearings last ten or fifteen minutes and take place in a room rather than a courtroom. A duty adviser is',
      'usually at court on the day and can speak for you for free, even if you have never met before.',
    ),
  ],
  [
    'Yes. Legal aid covers most eviction cases regardless of your income. Call our advice line or use the form on our contact page.',
    'Bring these with you if you can:',
    'your tenancy agreement',
    'any notices and court papers you have received',
    'a rent statement or bank records showing payments',
  ],
];
const sNav = ['Get Help', 'Who We Are', 'Volunteer', 'News', 'Donate'];
const sFoot = ['Privacy', 'Complaints', 'Accessibility'];
const sAnswer = (a: readonly string[]): string =>
  a.length > 3 ? `${ps(a.slice(0, 2))}<ul data-rte-list="default">${lis(a.slice(2).map((t) => `<p>${t}</p>`))}</ul>` : ps(a);
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Eviction FAQ &mdash; Vale Law Centre</title>
<meta property="og:site_name" content="Vale Law Centre"><meta property="og:title" content="Eviction FAQ &mdash; Vale Law Centre">
<meta property="og:type" content="website"><meta name="description" content="Answers to common questions about eviction from Vale Law Centre.">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"62a1f0c9d4e8b3","siteTitle":"Vale Law Centre"},
"collection":{"title":"Eviction FAQ","typeName":"page"},"templateVersion":"7.1"};</script>
${ld({ url: 'https://www.valelawcentre.org.uk', name: 'Vale Law Centre', '@context': 'http://schema.org', '@type': 'WebSite' })}
<link href="//static1.squarespace.com/static/versioned-site-css/62a1f0c9d4e8b3/41/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"></head>
<body id="collection-62a1f3aa90c2" class="primary-button-style-solid tweak-global-animations-enabled header-width-full form-use-theme-colors">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Our drop-in at Dunmore Library is
now on Tuesdays and Thursdays.</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/">Vale Law Centre</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/x">${t}</a></div>`)
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta"><a
class="btn btn--border theme-btn--primary-inverse"
href="/contact">Contact us</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="62a1f3aa90c3">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_8812">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block accordion-block sqs-block-accordion" data-block-type="69" id="block-yui_3_17_2_1_8813"><div class="sqs-block-content">
<ul class="accordion-items-container" data-should-allow-multiple-open-items="true">${sQs
  .map(
    (q, i) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-${i}" id="button-accordion-${i}">
<span class="accordion-item__title">${q}</span><div class="accordion-icon-container" aria-hidden="true"><div class="plus"></div></div></button></h4>
<div class="accordion-item__dropdown" role="region" id="accordion-${i}" aria-labelledby="button-accordion-${i}"><div class="accordion-item__description">
${sAnswer(sAs[i] ?? [])}</div></div></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small">This page was reviewed by our housing team in January 2026.</p></div></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed" data-section-theme="dark"><div
class="content-wrapper">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2>Keep our advice free</h2>
<p>Every £10 pays for a quarter of an hour with a housing lawyer.</p></div></div></div><div class="sqs-block button-block sqs-block-button">
<div class="sqs-block-button-container"><a href="/donate" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Donate
today</a></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="sqs-html-content"><p>Vale Law Centre, 22 Bridge Street, Dunmore DN7 2LP</p><p>Advice line: 01632 960 411</p>
<p>Registered charity no. 1102934. Authorised and regulated by the Solicitors Regulation Authority.</p>
<p>${sFoot.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`).join(' | ')}</p></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-cta-container">
<p class="sqs-cookie-banner-v2-text">This site uses cookies to make it work and to measure how it is used.</p><button class="sqs-cookie-banner-v2-accept">Accept
all</button><button class="sqs-cookie-banner-v2-decline">Decline all</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout414-squarespace-eviction-faq-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sQs,
  body: texts([...sIntro, ...sAs.flat()]),
  bylines: ['This page was reviewed by our housing team in January 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Our drop-in at Dunmore Library is now on Tuesdays and Thursdays.', 'Vale Law Centre', ...sNav, 'Contact us', 'Keep our advice free',
    'Every £10 pays for a quarter of an hour with a housing lawyer.', 'Donate today', 'Vale Law Centre, 22 Bridge Street, Dunmore DN7 2LP',
    'Advice line: 01632 960 411', 'Registered charity no. 1102934. Authorised and regulated by the Solicitors Regulation Authority.', ...sFoot,
    'This site uses cookies to make it work and to measure how it is used.', 'Accept all', 'Decline all',
  ],
};

export const HELDOUT414_C: readonly TestPage[] = [hubspot, squarespace];
