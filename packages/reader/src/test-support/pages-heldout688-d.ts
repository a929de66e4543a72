import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page, row, tr } from './pages-heldout688-kit.js';

/**
 * Held-out batch 688, file d: a long home care agency blog post on HubSpot CMS (Growth theme) with a comparison table, tags,
 * a subscribe form and related posts.
 */
const hTitle = 'Home care or a care home? Six questions to ask before you decide';
const hP = {
  intro: [
    j(
      'When someone you love starts to struggle at home, the choice usually seems to come down to two options: bring help into the',
      'house, or move into a care home. Both can be the right answer. What matters is which one fits the person, their health,',
      'their home and the people around them.',
    ),
    j(
      'Over twelve years of arranging care for families across the Westvale district, our care managers have found that the same',
      'six questions come up again and again. Working through them together, ideally with the person who needs care in the room,',
      'usually makes the decision clearer than any brochure.',
    ),
  ],
  q1: [
    j(
      'Start with what a normal day and night look like now. Someone who needs help to get up, wash and dress, and again at',
      'bedtime, can often be supported very well by two or three visits a day. Someone who wakes several times a night, is at',
      'risk of falling when alone, or needs two people to help them move will need either live-in care or a care home.',
    ),
    j(
      'Write down every task that needs doing and when. It sounds simple, but families are often surprised by how long the list',
      'is once the things a spouse or neighbour has quietly been doing are counted in.',
    ),
  ],
  q2: [
    j(
      'Stairs, a bath with no shower, a front door up a steep path and a bedroom far from the toilet can all be changed, but not',
      'always quickly or cheaply. An occupational therapist can assess the home and suggest rails, a stairlift or a bed downstairs.',
      'If the house cannot be made safe, that is an important point in favour of a move.',
    ),
  ],
  q3: [
    j(
      'Loneliness can do as much harm as a fall. Some people flourish in the company of a care home, with meals in a dining room',
      'and activities every day. Others have lived in the same street for fifty years, with friends, a church and a corner shop',
      'they would miss terribly. Ask honestly which describes the person you are deciding for.',
    ),
  ],
  q4: [
    j(
      'Prices vary a great deal by area, but the comparison below uses typical figures for our district in 2026. Home care is',
      'usually cheaper for people who need a few hours a day; for people who need help around the clock, a care home or live-in',
      'care often costs about the same.',
    ),
  ],
  q4after: [
    j(
      'Remember that someone who stays at home still pays for their food, heating, council tax and the upkeep of the house.',
      'A care home fee includes all of these. And the value of the home is not counted in the council’s financial assessment',
      'for home care, while it usually is for a permanent move into a care home.',
    ),
  ],
  q5: [
    j(
      'Many family carers keep going far longer than is good for them. If a husband, wife or daughter is providing most of the',
      'care, their health and their own plans deserve a place in the decision. Home care can include respite so that a family',
      'carer can have a break; a care home can take the physical work away entirely and let family simply visit.',
    ),
  ],
  q6: [
    j(
      'Conditions such as dementia, Parkinson’s and heart failure change over time. It is worth asking the GP or specialist nurse',
      'what the next two or three years might look like. Home care can increase step by step, from a weekly visit to live-in',
      'care, but there may come a point when a nursing home is the safer place.',
    ),
    'It can help to agree in advance what would make you look again at the decision, for example:',
  ],
  q6list: ['two or more falls in a month', 'needing help at night more than twice a week', 'a family carer who becomes unwell'],
  end: [
    j(
      'Whatever you decide, it does not have to be for ever. Many of the people we visit at home moved on to a care home when',
      'the time was right, and a few came home again after a period of rehabilitation.',
    ),
    j(
      'If you would like to talk it through, our care managers are happy to visit and go through these questions with you, with',
      'no obligation to use our services.',
    ),
  ],
};
const hHeads = [
  '1. How much help is needed, and when?',
  '2. Is the home safe, or can it be made safe?',
  '3. What keeps them happy?',
  '4. What will it cost?',
  '5. Who else is caring, and for how long can they?',
  '6. How is their health likely to change?',
  'A decision you can revisit',
];
const hRows = [
  ['Home care, 1 hour a day', '£210 a week', 'Plus household bills'],
  ['Home care, 4 hours a day', '£840 a week', 'Plus household bills'],
  ['Live-in care', '£1,250 a week', 'Plus household bills and carer’s food'],
  ['Residential care home', '£1,190 a week', 'All bills and meals included'],
  ['Nursing home', '£1,480 a week', 'Some funded by the NHS nursing contribution'],
];
const hNav = ['Our services', 'Areas we cover', 'Join our team', 'Resources', 'Contact'];
const hTags = ['Choosing care', 'Care homes', 'Costs'];
const hRel: [string, string][] = [
  ['What does a care assessment involve?', 'A step-by-step guide to the assessment visit and the questions we ask.'],
  ['Paying for home care: a plain guide', 'Council funding, direct payments and attendance allowance explained.'],
  ['Ten small changes that make a home safer', 'Simple adaptations that can prevent falls, most costing under £50.'],
];
const hSpan = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="${type}">${inner}</span>`;
const hPost = [
  ps(hP.intro),
  `<h2>${hHeads[0]}</h2>`,
  ps(hP.q1),
  `<h2>${hHeads[1]}</h2>`,
  ps(hP.q2),
  `<h2>${hHeads[2]}</h2>`,
  ps(hP.q3),
  `<h2>${hHeads[3]}</h2>`,
  ps(hP.q4),
  `<div data-hs-responsive-table="true" style="overflow-x:auto;max-width:100%;width:100%;margin-left:auto;margin-right:auto;">
<table style="border-collapse:collapse;table-layout:fixed;width:100%;">
<thead><tr><th>Type of care</th><th>Typical cost</th><th>What else to budget for</th></tr>
</thead><tbody>${hRows.map(tr).join('\n')}</tbody></table></div>`,
  ps(hP.q4after),
  `<h2>${hHeads[4]}</h2>`,
  ps(hP.q5),
  `<h2>${hHeads[5]}</h2>`,
  ps(hP.q6),
  `<ul>${lis(hP.q6list)}</ul>`,
  `<h2>${hHeads[6]}</h2>`,
  ps(hP.end),
  `<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7f2c"><span class="hs-cta-node hs-cta-7f2c" id="hs-cta-7f2c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4431870/7f2c" class="cta_button">Book a free care assessment</a></span></span>`,
].join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="Six questions that help families choose.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.westvalecare.co.uk/blog/home-care-or-care-home">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.westvalecare.co.uk/hubfs/hub_generated/template_assets/1/102334/1718290011/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Priya Natarajan"},"datePublished":"2026-03-04T09:00:00Z"}</script>
<meta property="og:type" content="article"><link rel="alternate" type="application/rss+xml" href="https://www.westvalecare.co.uk/blog/rss.xml"></head>
<body><div class="body-wrapper   hs-content-id-158224471893 hs-blog-post hs-blog-id-96011253401">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="https://www.westvalecare.co.uk" id="hs-link-site_logo"><img
src="https://www.westvalecare.co.uk/hubfs/westvale-logo.svg" class="hs-image-widget" alt="Westvale Home Care"></a></span></div>
<div class="header__column"><div class="header__row-2">
<div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search header--element"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="search-field">Search</label><input type="text" id="search-field" class="hs-search-field__input" name="term" placeholder="Search"></form></div>
</div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hSpan('name', 'text', hTitle)}</h1><div class="blog-post__meta"><a
href="https://www.westvalecare.co.uk/blog/author/priya-natarajan" rel="author">Priya Natarajan</a>
<time datetime="2026-03-04 09:00:00" class="blog-post__timestamp">March 4, 2026</time></div>
<div class="blog-post__body">${hSpan('post_body', 'rich_text', hPost)}</div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 60 60" aria-hidden="true"><g><path d="M31,0H1v29l30,30l29-29.9z"></path></g></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(',\n')}</div>
</article>
<div class="blog-post__subscribe"><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title">Get our guides by email</h3><div id="hs_form_target_blog_subscribe">
<form novalidate accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/4431870/aa01"
class="hs-form-private hsForm_aa01 hs-form stacked"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-aa01"
for="email-aa01"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-aa01" name="email" required
type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div><div class="hs_submit hs-submit"><div class="actions"><input
type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></span></div>
</div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    ([t, s]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link" href="/blog/r"><img
class="blog-related-posts__image" src="https://www.westvalecare.co.uk/hubfs/r.jpg" loading="lazy" alt=""></a><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/r">${t}</a></h3><p>${s}</p></div></article>`,
  )
  .join('\n')}</div></div></section></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Westvale Home Care Ltd, 41 Bridge Street, Westvale WV3 8AA. Rated Good by the Care Quality Commission.</p>
<p>© 2026 Westvale Home Care. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-hidden-on-load="false">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalised services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4431870.js"></script></body></html>`;
const hubspot: TestPage = page({
  name: 'heldout688-hubspot-home-vs-care-home',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [...hP.intro, ...hP.q1, ...hP.q2, ...hP.q3, ...hP.q4, ...hRows.map(row), ...hP.q4after, ...hP.q5, ...hP.q6, ...hP.q6list, ...hP.end],
  bylines: ['Priya Natarajan', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Book a free care assessment', ...hTags, 'Get our guides by email', 'Email*', 'Related posts',
    ...hRel.flat(), 'Westvale Home Care Ltd, 41 Bridge Street, Westvale WV3 8AA. Rated Good by the Care Quality Commission.',
    '© 2026 Westvale Home Care. All rights reserved.',
    j(
      'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
      'personalised services to you.',
    ),
    'Accept', 'Decline',
  ],
});

export const HELDOUT688_D: readonly TestPage[] = [hubspot];
