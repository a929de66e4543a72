import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, trs } from './pages-heldout579-kit.js';

/**
 * Held-out batch 579, file f: a pet resort chain's blog post on HubSpot CMS (its default blog-post template, with tags, comments,
 * related posts and the HubSpot cookie banner), and the same kind of chain's vaccination help page on Next.js (pages router,
 * CSS-module class names, a help-centre sidebar and a "was this helpful" box).
 */
const hTitle = 'Why we ask for the kennel cough vaccine a week before check-in';
const hBody = [
  j(
    'Every boarding and daycare guest at Cobble Creek Pet Resorts needs a Bordetella vaccine, and we ask that it is given at',
    'least seven days before the stay. We get questions about that rule every week, so here is the reasoning behind it.',
  ),
  j(
    'Kennel cough is a catch-all name for a group of infections that cause a honking cough. Bordetella bronchiseptica is the',
    'most common bacterial cause. It spreads through the air and on shared water bowls and toys, anywhere dogs meet: parks,',
    'groomers, training classes and, yes, kennels.',
  ),
  'Why seven days?',
  j(
    'A vaccine does not protect a dog the moment it is given. The immune system needs several days to respond, and a dog',
    'vaccinated the morning of check-in is, for practical purposes, unvaccinated for the first part of the stay. Our seven-day',
    'rule is based on the guidance from our consulting veterinarian, Dr. Imelda Sorensen.',
  ),
  'Does the vaccine mean my dog cannot catch it?',
  j(
    'No. Like a flu shot, the Bordetella vaccine lowers the risk and makes illness milder, but it does not cover every virus',
    'and bacterium that can cause a cough. That is why we also:',
  ),
  'Clean and disinfect every run and play yard daily with a product that kills Bordetella',
  'Keep fresh air moving through the buildings with twelve air changes an hour',
  'Separate any dog who starts coughing and call the owner the same day',
  'What if my dog coughs after a stay?',
  j(
    'Most cases are mild and clear up on their own in one to three weeks. Call your vet if your dog stops eating, seems',
    'lethargic or has a fever, and let us know too, so we can check whether other guests from the same dates are affected.',
  ),
];
const hHeadIdx = [2, 4, 9];
const hTags = ['Health', 'Boarding Tips'];
const hRelated = ['What to pack for your dog’s first stay', 'Canine influenza: the second vaccine we require', 'How we group dogs for play'];
const hNav = ['Locations', 'Boarding', 'Daycare', 'Grooming', 'Blog', 'Careers'];
const hComments: [string, string, string][] = [
  ['Priya L.', 'March 6, 2026', 'This is really helpful, thank you. Our vet said the same thing about timing.'],
  ['Tom Varga', 'March 9, 2026', 'Does the oral version count, or does it have to be the injection?'],
];
const hSpan = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const hBodyHtml = [
  ps(hBody.slice(0, 2)),
  `<h2>${at(hBody, 2)}</h2>`,
  ps([at(hBody, 3)]),
  `<!--more--><h2>${at(hBody, 4)}</h2>`,
  ps([at(hBody, 5)]),
  `<ul>${lis(hBody.slice(6, 9))}</ul>`,
  `<h2>${at(hBody, 9)}</h2>`,
  ps([at(hBody, 10)]),
  `<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-5e1a9b"><span class="hs-cta-node hs-cta-5e1a9b"
id="hs-cta-5e1a9b"><a href="https://cta-redirect.hubspot.com/cta/redirect/2218/5e1a9b"
target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-5e1a9b" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/2218/5e1a9b.png"
alt="Book your dog's next stay"></a></span></span></p>`,
].join('\n');
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Why Cobble Creek asks for the Bordetella vaccine at least seven days before boarding or daycare.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:description" content="Why Cobble Creek asks for the Bordetella vaccine at least seven days before boarding or daycare.">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.cobblecreekpets.com/blog/kennel-cough-vaccine-seven-days">
<link rel="stylesheet" href="https://www.cobblecreekpets.com/hubfs/hub_generated/template_assets/1/8842/1712/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Renata Bly"},
"datePublished":"2026-03-04T14:00:00Z"}</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-1626 hs-blog-post hs-blog-id-1604"><div data-global-resource-path="cobble-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget widget-type-logo" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.cobblecreekpets.com/hubfs/cobble-creek-logo.svg"
class="hs-image-widget" height="52" style="height: auto;width:180px;border-width:0px;border:0px;" width="180"
alt="Cobble Creek Pet Resorts"></a></span></div></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><form class="hs-search-field__form"
action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-input">Search</label><input type="text" class="hs-search-field__input" name="term"
autocomplete="off"
aria-label="Search" placeholder="Search"><button class="hs-search-field__button " aria-label="Search"></button></form></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<a class="button header__cta" href="/reserve">Reserve a Stay</a></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hSpan('name', 'text', hTitle)}</h1>
<div class="blog-post__meta"><a href="https://www.cobblecreekpets.com/blog/author/renata-bly">Renata Bly</a>
<time datetime="2026-03-04 14:00:00" class="blog-post__timestamp">March 4, 2026</time></div>
<div class="blog-post__body">${hSpan('post_body', 'rich_text', hBodyHtml)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"
aria-hidden="true"><g id="tag1_layer"><path d="M0 252.1V48"/></g></svg>
${hTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="https://www.cobblecreekpets.com/blog/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRelated
  .map(
    (t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link"
href="/blog/x"><img class="blog-related-posts__image" src="/hubfs/x.jpg"
loading="lazy" alt="${t}"></a><div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="/blog/x">${t}</a></h3>
</div></div>`,
  )
  .join('\n')}</div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_blog_comments_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments"><div class="section post-footer"><div id="comments-listing" class="new-comments">
${hComments
  .map(
    ([n, d, c], i) => `<div class="comment depth-0" id="comment-${81 + i}"><p class="comment-from"><strong>${n}</strong>
<span class="comment-date">${d}</span></p>
<div class="comment-body"><p>${c}</p></div></div>`,
  )
  .join('\n')}
</div><div id="hs_form_target_blog_comments_form"><h3 class="hs-form-title">Leave a comment</h3></div></div></span></div></div>
</div></div></main>
<div data-global-resource-path="cobble-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Cobble Creek Pet Resorts · 14 locations in Ohio and Indiana</p><p>© 2026 Cobble Creek Pet Resorts, LLC</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button"
role="button" href="#">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/2218.js"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout579-hubspot-kennel-cough',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeadIdx.map((i) => at(hBody, i)),
  body: texts(hBody.filter((_, i) => !hHeadIdx.includes(i))),
  bylines: ['Renata Bly', 'March 4, 2026', ...hComments.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hNav.filter((t) => t !== 'Boarding' && t !== 'Daycare'), 'Reserve a Stay', ...hTags, 'Related posts',
    ...hRelated, ...hComments.map(([, , c]) => c), 'Leave a comment', 'Cobble Creek Pet Resorts · 14 locations in Ohio and Indiana',
    '© 2026 Cobble Creek Pet Resorts, LLC',
'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const nTitle = 'Vaccination requirements';
const nLead = 'Every guest needs current vaccines on file before their first visit. Here is what we need, and how to send it.';
const nRows = [
  ['Rabies', 'Boarding, daycare, grooming', '1 or 3 years, per your vet'],
  ['DHPP or DAPP', 'Boarding, daycare', 'Every 1 to 3 years'],
  ['Bordetella', 'Boarding, daycare', 'Every 12 months, at least 7 days before your visit'],
  ['Canine influenza (bivalent)', 'Boarding, daycare', 'Every 12 months, after the two-dose starter series'],
  ['FVRCP (cats)', 'Cat boarding', 'Every 1 to 3 years'],
];
const nParts = [
  [
    'Sending your records',
    j(
      'Upload a PDF or photo of your records in the app, or ask your vet to email them to records@tallgrasspetlodge.com. Records',
      'must show your pet’s name, the vaccine, the date given and the date due, and must come from a veterinary clinic.',
    ),
  ],
  [
    'Puppies and exemptions',
    j(
      'Puppies can join daycare from 16 weeks once they have had their second DHPP and their Bordetella. If your vet',
      'advises against a vaccine for medical reasons, send us their signed letter; our lodge manager decides case by case.',
    ),
  ],
];
const nSide = ['Getting started', 'Vaccination requirements', 'Meet & greet', 'What to bring', 'Cancellations', 'Payments and packages'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport"
content="width=device-width"/><title>${nTitle} | Tallgrass Pet Lodge Help</title>
<meta name="description" content="${nLead}"/><link rel="canonical" href="https://www.tallgrasspetlodge.com/help/vaccinations"/><meta name="next-head-count"
content="5"/>
<link rel="preload" href="/_next/static/css/6d0a1f3c2b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6d0a1f3c2b.css" data-n-g=""/>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-4f1c.js" defer="">
</script>
<script src="/_next/static/chunks/pages/help/%5Bslug%5D-9a1c.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Qx1b2"
href="#main">Skip to main content</a><header class="Header_header__3kP1q"><div class="Header_inner__Hn7ab">
<a class="Header_logo__Zp0fw" href="/"><img alt="Tallgrass Pet Lodge" loading="lazy" width="150" height="40" decoding="async" data-nimg="1"
style="color:transparent"
src="/_next/static/media/logo.8d2e.svg"/></a><nav class="Header_nav__Yc4tm" aria-label="Primary"><ul>${links([
  'Boarding',
  'Daycare',
  'Grooming',
  'Locations',
  'Help',
])}</ul></nav>
<a class="Button_button__dM2kq Button_primary__7bQzn" href="/book">Book now</a></div></header>
<div class="HelpLayout_wrap__R8m2d"><aside class="HelpLayout_sidebar__t1XbV"><p class="HelpLayout_sideTitle__a9Kd0">Help topics</p><ul>
${nSide
  .map(
    (t) => `<li><a class="${t === nTitle ? 'HelpLayout_active__uV6pA' : 'HelpLayout_link__c0Fh3'}"
href="/help/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('')}
</ul></aside><main id="main" class="HelpArticle_main__0pWq3"><nav aria-label="Breadcrumb"
class="Breadcrumbs_crumbs__h8Lm2"><ol><li><a href="/help">Help</a></li>
<li><a href="/help/getting-started">Getting started</a></li></ol></nav><article class="HelpArticle_article__kB7xE"><h1
class="HelpArticle_title__Vv5hS">${nTitle}</h1>
<p class="HelpArticle_updated__2Dn9c">Updated September 2, 2026</p><div class="HelpArticle_body__Pz3nL"><p class="HelpArticle_lead__Y6rJd">${nLead}</p>
<div class="Table_scroll__aQ1m4"><table class="Table_table__f2Zs8"><thead>${trs(
  [['Vaccine', 'Needed for', 'How often']],
  'th',
)}</thead><tbody>${trs(nRows)}</tbody></table></div>
${nParts.map(([h, p]) => `<h2 id="${(h ?? '').toLowerCase().replace(/ /g, '-')}">${h}</h2><p>${p}</p>`).join('\n')}</div></article>
<section class="Feedback_box__m3Rk0" aria-labelledby="feedback-title"><h2 id="feedback-title" class="Feedback_title__l8Hc1">Was this article helpful?</h2>
<div class="Feedback_buttons__p0Aq2"><button type="button">Yes</button><button type="button">No</button></div></section></main></div>
<footer class="Footer_footer__Rk2sD"><p>© 2026 Tallgrass Pet Lodge</p><ul>${links(['Privacy', 'Terms', 'Careers'])}</ul></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"vaccinations","title":"${nTitle}","updated":"2026-09-02"}},
"__N_SSG":true},
"page":"/help/[slug]","query":{"slug":"vaccinations"},"buildId":"q8Zr1kP0aXw3","isFallback":false,"gsp":true,"scriptLoader":[]}</script>
<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert"
style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;
padding:0;position:absolute;top:0;width:1px;white-space:nowrap;word-wrap:normal"></p></next-route-announcer></body></html>`;
const nextjs: TestPage = {
  name: 'heldout579-nextjs-vaccination-help',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nParts.map(([h]) => h ?? ''),
  body: [nLead, ...rowTexts(nRows), ...nParts.map(([, p]) => p ?? '')],
  bylines: ['Updated September 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Locations', 'Help', 'Book now', 'Help topics', ...nSide.filter((t) => t !== nTitle), 'Was this article helpful?', 'Yes', 'No',
    '© 2026 Tallgrass Pet Lodge', 'Privacy', 'Terms', 'Careers',
  ],
};

export const HELDOUT579_F: readonly TestPage[] = [hubspot, nextjs];
