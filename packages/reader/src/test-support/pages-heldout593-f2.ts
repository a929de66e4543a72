import type { TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render, tidy } from './pages-heldout593-kit.js';

/**
 * Held-out batch 593, file f2: a costume hire company's blog post on HubSpot CMS (theme header with site search, image-only
 * call to action in the body, comment form, related posts and the HubSpot cookie banner).
 */
const hTitle = 'The corporate event costume hire checklist';
const hBlocks: Block[] = [
  j(
    'Themed company parties are back in a big way. In the last year we have dressed a 1920s awards dinner for 180, a Wild West',
    'sales kick-off and a Great Gatsby summer party on a river boat. The events that go smoothly all have one thing in common:',
    'somebody started planning the costumes early. Here is the checklist we send to every organiser.',
  ),
  { h: 'Eight weeks out: choose a theme everyone can wear' },
  j(
    'The best corporate themes are broad. "Hollywood glamour" lets people choose between a tuxedo and a sequinned gown; a narrow',
    'theme such as a single film leaves half the room with nothing they want to wear. Ask yourself whether your oldest and',
    'youngest colleagues could both find something they are comfortable in.',
  ),
  { h: 'Six weeks out: get numbers and sizes' },
  j(
    'Send a short form round the office asking for height, chest or dress size, shoe size and a first and second costume choice.',
    'Collect the answers in one spreadsheet. We can work directly from it, and it saves a lot of emails later.',
  ),
  {
    ul: [
      'Ask for sizes in one system (UK dress sizes, or chest and waist in inches) to avoid mix-ups.',
      'Add a column for anyone who would rather just wear a hat or an accessory.',
      'Note any access needs, for example a costume that can be worn seated.',
    ],
  },
  { h: 'Four weeks out: book fittings' },
  j(
    'For groups over twenty we can bring a rail and a fitter to your office for a morning. Smaller groups can come to the',
    'showroom; we book them in slots of four people every half hour so nobody waits long.',
  ),
  { h: 'The week of the event' },
  j(
    'Costumes are delivered the day before, each one bagged and labelled with a name. Appoint one person to hand them out and',
    'to collect them at the end of the night: it is the single biggest factor in getting everything back complete.',
  ),
  { quote: 'Make one person responsible for the returns rail. Your deposit will thank you.' },
  { h: 'After the party' },
  j(
    'We collect from the venue the next working day. Breakages and stains are checked within a week and the deposit, less any',
    'charges, is refunded to the company card. Most organisers get it back in full.',
  ),
  'If you are planning a company event this season, our events team can put together a quote in a day.',
].map((b) => (typeof b === 'string' ? { p: b } : b));
const hAuthor = 'Declan Ashby';
const hDate = 'May 12, 2026 10:00:00 AM';
const hNav = ['Costume hire', 'Corporate events', 'Theatre', 'Blog', 'Contact us'];
const hTags = ['Corporate events', 'Planning'];
const hRel: [string, string][] = [
  ['Five themes for a summer staff party', 'From garden fête to film premiere, themes that work outdoors.'],
  ['How we clean 400 costumes a week', 'A look inside the laundry room that keeps our stock show-ready.'],
];
const hw = (
  id: string,
  type: string,
  inner: string,
): string => `<div id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_${type}"
style="" data-hs-cos-general-type="widget" data-hs-cos-type="${type}">${inner}</div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The corporate event costume hire checklist</title>
<link rel="shortcut icon" href="https://www.revelscostumehire.co.uk/hubfs/favicon.png">
<meta name="description" content="The checklist we send to every organiser.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.revelscostumehire.co.uk/blog/corporate-event-costume-hire-checklist">
<link rel="stylesheet" href="https://www.revelscostumehire.co.uk/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"${hAuthor}"},
"datePublished":"2026-05-12T09:00:00Z"}</script>
<!-- Start of HubSpot Embed Code --><script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/2566119.js"></script></head>
<body><div class="body-wrapper   hs-content-id-1804413 hs-blog-post hs-blog-id-1802210"><header class="header">
<a href="#main-content" class="header__skip">Skip to
content</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main">${hw(
  'site_logo',
  'module',
  `<span
id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo_hs_logo_widget"
style="border-width:0px;border:0px;">
<img src="https://www.revelscostumehire.co.uk/hubfs/revels-logo.svg" class="hs-image-widget" alt="Revels Costume Hire"></a></span>`,
)}
</div><div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field">
<div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="show-for-sr" for="site_search-input">Search</label><div
class="hs-search-field__input-wrapper">
<input type="text" id="site_search-input" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search"
placeholder="Search"><button class="hs-search-field__button " aria-label="Search"><svg></svg></button></div></form></div></div></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">${hw(
  'navigation-primary',
  'module',
  `<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${hNav
    .map(
      (t) => `<li class="no-submenu menu-item
hs-skip-lang-url-rewrite"><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="menu-link${t === 'Blog' ? ' active-branch' : ''}">${t}</a></li>`,
    )
    .join('')}</ul></nav>`,
)}
</div></div></div></div></header>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/declan-ashby" rel="author">${hAuthor}</a>
<time datetime="2026-05-12 09:00:00" class="blog-post__timestamp">${hDate}</time></div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body"
class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${render(hBlocks.slice(0, 1))}
<!--more-->${render(hBlocks.slice(1, -1))}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7d1e"><span class="hs-cta-node hs-cta-7d1e" id="hs-cta-7d1e">
<!--[if lte IE 8]>
<div id="hs-cta-ie-element"></div><![endif]--><a href="https://cta-redirect.hubspot.com/cta/redirect/2566119/7d1e"><img class="hs-cta-img" id="hs-cta-img-7d1e"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/2566119/7d1e.png" alt="Get a group hire quote"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script>
<script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(2566119, '7d1e', {});</script>
</span><!-- end HubSpot Call-to-Action Code --></p>
${render(hBlocks.slice(-1))}</span></div>
<div class="blog-post__tags"><svg version="1.0" role="img" aria-hidden="true"></svg>${hTags
  .map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`)
  .join('')}</div></article>
<section class="blog-comments">${hw(
  'blog_comments',
  'module',
  `<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div
id="hs_form_target_blog_comments"><form class="hs-form stacked" novalidate><div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label
for="firstname-1802210"><span>First Name</span><span class="hs-form-required">*</span></label><div class="input"><input id="firstname-1802210" name="firstname"
type="text" class="hs-input" value=""></div></div><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-1802210">
<span>Email</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="email-1802210" name="email" type="email" class="hs-input" value=""></div></div>
<div class="hs_comment hs-comment hs-fieldtype-textarea field hs-form-field"><label for="comment-1802210"><span>Comment</span>
<span class="hs-form-required">*</span>
</label><div class="input"><textarea id="comment-1802210" class="hs-input" name="comment"></textarea></div></div><div class="hs_submit hs-submit"><div
class="actions"><input type="submit" class="hs-button primary large" value="Submit Comment"></div></div></form></div></div>`,
)}</section></div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2 class="blog-related-posts__title">Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    ([t, s]) => `<article class="blog-related-posts__post"><div class="blog-related-posts__content"><h3 class="blog-related-posts__post-title"><a href="/blog/x"
class="blog-related-posts__title-link">${t}</a></h3><p>${s}</p></div></article>`,
  )
  .join('\n')}</div></div></div></main>
<footer class="footer"><div class="container-fluid footer__container content-wrapper"><div class="row-fluid-wrapper"><div class="row-fluid">${hw(
  'footer_text',
  'rich_text',
  '<p>Revels Costume Hire, 41 Foundry Road, Callerby</p><p>© 2026 Revels Costume Hire Ltd. All rights reserved.</p>',
)}</div></div></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to collect information about how you interact with our website and allow us to remember you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.292/embed.js"></script></body></html>`;
const hubspotPost: TestPage = tidy({
  name: 'heldout593-hubspot-corporate-checklist',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: headingsOf(hBlocks),
  body: bodyOf(hBlocks),
  bylines: [hAuthor, hDate],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hNav, ...hTags, 'First Name', 'Email', 'Comment', 'Related posts', ...hRel.flat(),
    'Revels Costume Hire, 41 Foundry Road, Callerby', '© 2026 Revels Costume Hire Ltd. All rights reserved.',
    j(
      'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our',
      'website and allow us to remember you.',
    ),
    'Accept', 'Decline',
  ],
});

export const HELDOUT593_F2: readonly TestPage[] = [hubspotPost];
