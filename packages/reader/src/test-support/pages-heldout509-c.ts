import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout509-kit.js';

/**
 * Held-out batch 509, file c: a long planning-advice article on an architect's HubSpot CMS blog (Growth theme), with an
 * in-body CTA, a table, tags, related posts, a subscribe form, an empty comments form and the HubSpot cookie banner.
 */
const hTitle = 'Do I need planning permission for a rear extension?';
const hIntro = [
  j(
    'It is the question we are asked most often, usually in the first five minutes of a call. The honest answer is that it depends on',
    'the house, where it is and what you want to build, but the rules are more predictable than most people expect. This guide sets',
    'out how we work it out for clients in England. Wales and Scotland have their own rules, which differ in the details.',
  ),
];
const hS1 = [
  j(
    'Most houses come with permitted development rights: a national planning permission, granted by Parliament, for certain kinds of',
    'small building work. If your extension fits inside the limits, you do not need to apply to the council at all. Flats and',
    'maisonettes have no permitted development rights for extensions, so any extension to a flat needs a full application.',
  ),
  'For a single-storey rear extension, the main limits are these:',
];
const hS1List = [
  'it may extend no more than 3 metres beyond the original rear wall of a terraced or semi-detached house, or 4 metres for a detached house',
  'it may be no higher than 4 metres, and no higher than 3 metres at the eaves if it is within 2 metres of a boundary',
  'it, together with any other outbuildings, may not cover more than half of the land around the original house',
  'the materials must be similar in appearance to the existing house',
];
const hS1b = j(
  'The word “original” does a lot of work here. It means the house as it was built, or as it stood on 1 July 1948 if it is older.',
  'If a previous owner has already added a kitchen extension, that counts against your allowance, even if it was built decades ago.',
);
const hS2 = [
  j(
    'A separate procedure, known as prior approval for a larger home extension, allows single-storey rear extensions of up to twice',
    'the normal depth. You notify the council, which writes to your neighbours; if no neighbour objects, or if the council decides',
    'the effect on their amenity is acceptable, the work can go ahead. The council must decide within 42 days.',
  ),
];
const hTable = [
  ['Detached house', '4 metres', '8 metres'],
  ['Semi-detached house', '3 metres', '6 metres'],
  ['Terraced house', '3 metres', '6 metres'],
];
const hS2b = j(
  'In our experience prior approval is granted in the large majority of cases, but an objection from a neighbour can lead to a',
  'refusal, so it is worth talking to them before you submit.',
);
const hS3 = ['Permitted development rights do not apply, or apply only in part, if:'];
const hS3List = [
  'the house is a listed building, in which case you will also need listed building consent for almost any work',
  'the house is in a conservation area, a national park or an area of outstanding natural beauty, where side extensions are excluded',
  'the council has made an Article 4 direction removing some rights in your street',
  'an earlier planning permission for the house, often on a new estate, carries a condition that removed them',
];
const hS3b = j(
  'The last two are the ones that catch people out, because nothing on the house itself tells you about them. Your council’s',
  'website should have a map of Article 4 directions, and the planning history of the house can be searched online by address.',
);
const hS4 = [
  j(
    'Even when you are confident that an extension is permitted development, we recommend applying for a lawful development',
    'certificate before you build. It costs half the fee of a planning application, takes about eight weeks and gives you a document',
    'that a buyer’s solicitor will ask for when you come to sell. Without it, you may have to prove the point years later from old',
    'photographs and invoices.',
  ),
];
const hS5 = ['If the extension goes beyond the limits, you will need householder planning permission. The steps are usually:'];
const hS5List = [
  'a measured survey of the house and a check of the planning history',
  'sketch options, and if the design is sensitive, pre-application advice from the council',
  'drawings of the existing and proposed house, a site plan and a location plan',
  'submission through the Planning Portal, with the fee, which is currently £258 in England',
  'a consultation period of 21 days, during which neighbours may comment',
  'a decision, which the council should give within eight weeks of validation',
];
const hS5b = j(
  'Councils judge householder applications mainly on the effect on neighbours (light, outlook and privacy) and on the character of',
  'the street. A rear extension that steps down towards the boundary, or that keeps a gap to the neighbour’s window, is far more',
  'likely to be approved than one that fills the plot. Around nine in ten householder applications in England are approved.',
);
const hS6 = [
  j(
    'Planning and building regulations are two separate regimes, and nearly every extension needs building regulations approval',
    'whether or not it needs planning permission. Building regulations cover structure, fire safety, insulation, drainage and',
    'ventilation, and you can apply either to the council’s building control team or to a registered private inspector.',
  ),
  j(
    'If the extension is within 3 metres of a shared drain, or if you are building on or near the boundary, you may also need a',
    'build-over agreement with the water company and a party wall notice to your neighbour. Neither has anything to do with planning,',
    'and neither can be ignored.',
  ),
];
const hS7 = [
  j(
    'Measure from the original house, not the current one. Check the planning history and the Article 4 map before you fall in love',
    'with a design. Talk to your neighbours early. And if the rules only just allow what you want, get a lawful development',
    'certificate anyway: it is the cheapest insurance you will ever buy for your house.',
  ),
];
const hHeads = [
  'Permitted development',
  'Larger home extensions and prior approval',
  'When permitted development rights do not apply',
  'Get a lawful development certificate',
  'Applying for planning permission',
  'Building regulations are a separate question',
  'Our advice',
];
const hNav = ['Services', 'Projects', 'Team', 'Insights', 'Contact'];
const hRel = ['Party wall notices: a plain-English guide', 'What does an architect cost in 2026?', 'Loft conversions without planning permission'];
const hTags = ['Planning', 'Extensions', 'Homeowners'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our',
  'website and allow us to remember you.',
);
const h2 = (i: number): string => `<h2>${hHeads[i]}</h2>`;
const hArticle = [
  ps(hIntro),
  h2(0),
  ps(hS1),
  `<ul>${lis(hS1List)}</ul>`,
  ps([hS1b]),
  h2(1),
  ps(hS2),
  `<table style="border-collapse: collapse; width: 100%;"><thead><tr><th>House type</th><th>Normal limit</th><th>With prior approval</th></tr></thead>`,
  `<tbody>${hTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
  ps([hS2b]),
  `<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-4f1b2c"><span class="hs-cta-node hs-cta-4f1b2c" id="hs-cta-4f1b2c">`,
  `<a href="https://cta-redirect.hubspot.com/cta/redirect/2219/4f1b2c" class="cta_button">Download our free planning checklist</a></span></span>`,
  h2(2),
  ps(hS3),
  `<ul>${lis(hS3List)}</ul>`,
  ps([hS3b]),
  h2(3),
  ps(hS4),
  h2(4),
  ps(hS5),
  `<ol>${lis(hS5List)}</ol>`,
  ps([hS5b]),
  h2(5),
  ps(hS6),
  h2(6),
  ps(hS7),
].join('\n');
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle} | Cobb Lane Architects</title>
<link rel="shortcut icon" href="https://www.cobblane.co.uk/hubfs/favicon.png"><meta name="description"
content="How to tell whether your rear extension needs planning.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:description" content="How to tell whether your rear extension needs planning."><meta property="og:title" content="${hTitle}">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.cobblane.co.uk/insights/planning-permission-rear-extension">
<link rel="stylesheet" href="https://www.cobblane.co.uk/hubfs/hub_generated/template_assets/1/1044/1730/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Priya Lomax"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-18822 hs-blog-post hs-content-path-insights-planning-permission-rear-extension hs-blog-id-11220">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/cobb-lane-logo.svg" alt="Cobb Lane Architects" width="160" height="40"></a></span></div>
<div class="header__column"><div class="header__row-2"><div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search header--element"><div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true"
action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site-search">Search</label><input type="text" id="site-search" class="hs-search-field__input" name="term"
placeholder="Search"><button aria-label="Search"><span id="hs_cos_wrapper_"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon"></span></button>
</form></div></div></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/insights/author/priya-lomax">Priya Lomax</a>
<time datetime="2026-10-12 08:00:00" class="blog-post__timestamp">Oct 12, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${hArticle}
</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path d="M0 252.118V48C0"></path></g></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/insights/tag/${t.toLowerCase()}" rel="tag">${t}</a>`).join(',\n')}</div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel.map((t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/insights/post"><h3>${t}</h3></a></div>`).join('\n')}
</div></div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div>
<div id="hs_form_target_blog_comments"><form class="hs-form stacked"><div class="hs_firstname hs-form-field"><label for="firstname-1"><span>First Name</span>
<span class="hs-form-required">*</span></label><input id="firstname-1" name="firstname" type="text"></div><div class="hs_comment hs-form-field">
<label for="comment-1"><span>Comment</span><span class="hs-form-required">*</span></label><textarea id="comment-1" name="comment"></textarea></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Submit Comment"></div></div></form></div></div>
</span></div></div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__subscribe"><h3>Insights by email</h3><p>One planning or design guide a month. No sales emails.</p>
<form class="hs-form"><label for="email-2"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-2" type="email" name="email">
<input type="submit" class="hs-button primary" value="Subscribe"></form></div>
<p class="footer__copyright">© 2026 Cobb Lane Architects Ltd, 2 Cobb Lane, Lewes BN7 2AP</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script>var hsVars = {"portal_id":2219,"app_hs_base_url":"https://app-eu1.hubspot.com","language":"en","analytics_page_type":"blog-post"};</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/2219.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout509-hubspot-planning-advice',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  // biome-ignore format: the body blocks follow the article's order
  body: texts([
    ...hIntro, ...hS1, ...hS1List, hS1b, ...hS2, ...hTable.map((r) => r.join(' ')), hS2b, ...hS3, ...hS3List, hS3b, ...hS4, ...hS5, ...hS5List,
    hS5b, ...hS6, ...hS7,
  ]),
  bylines: ['Priya Lomax', 'Oct 12, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Download our free planning checklist', ...hTags, 'Related posts', ...hRel, 'First Name', '*', 'Comment',
    'Insights by email', 'One planning or design guide a month. No sales emails.', 'Email', '© 2026 Cobb Lane Architects Ltd, 2 Cobb Lane, Lewes BN7 2AP',
    hCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT509_C: readonly TestPage[] = [hubspot];
