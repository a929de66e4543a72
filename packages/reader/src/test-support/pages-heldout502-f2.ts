import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout502-kit.js';

/**
 * Held-out batch 502, file f2: an events florist's blog post on HubSpot CMS (hs_cos_wrapper modules, HubSpot cookie banner,
 * author and date line, tags, share links, a CTA button, blog subscription form and related posts).
 */
const hTitle = 'Flowers for a 300-guest gala: a planner\u2019s checklist';
const hOpen = [
  j(
    'A gala dinner for 300 is not a wedding with more tables. The room is bigger, the timings are tighter and the flowers have',
    'to work from the far side of a ballroom as well as from the seat next to them. After eleven seasons of corporate events,',
    'this is the checklist our team works through with every planner.',
  ),
];
const hSecs: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [
    'Start with the floor plan, not the mood board',
    [
      j(
        'Before we talk colours we ask for the table plan, the stage position and the sight lines for any screens. Thirty round tables',
        'of ten need thirty centrepieces that do not block a single guest\u2019s view of the stage. That rules out most tall',
        'arrangements unless they are on slim stands well above eye level.',
      ),
    ],
    [],
  ],
  [
    'Budget per table, then per guest',
    [
      j(
        'We price galas per table. A low, lush centrepiece with candles runs from £95 to £180; a raised arrangement on a stand from',
        '£220. Add the entrance, the stage and the bars and a typical 300-guest gala lands between £6,500 and £12,000.',
      ),
      'Where the money goes further:',
    ],
    [
      'Repeat one design across every table rather than alternating two.',
      'Put the drama where everyone looks: the entrance, the stage edge and the bar.',
      'Use seasonal British stems from April to October; they cost less and travel better.',
    ],
  ],
  [
    'Get the load-in right',
    [
      j(
        'Most hotels give suppliers a two-hour window between the afternoon conference and the evening set-up. For thirty tables',
        'we bring six florists, pre-built arrangements in crates and a runner who does nothing but carry. Ask the venue early for the',
        'service lift times, and whether candles must be enclosed.',
      ),
    ],
    [],
  ],
  [
    'Plan the end of the night',
    [
      j(
        'Who takes the flowers home? Many clients now send the centrepieces to a hospice or care home the next morning; we collect',
        'at 8am and deliver them by ten. If guests are allowed to take them, put a note on each table so the arrangements do not',
        'vanish at 10pm with the vases.',
      ),
    ],
    [],
  ],
];
const hNav = ['Weddings', 'Corporate Events', 'Venue Contracts', 'Portfolio', 'Blog', 'Contact'];
const hCookie = [
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.',
  'Accept',
  'Decline',
];
const hRel = ['How far ahead should you book event flowers?', 'Five ballroom centrepieces that never block the view'];
const hFoot = ['Verdant Events Floral, The Old Dairy, Lark Lane, Harwood HW2 5BE', '© 2026 Verdant Events Floral Ltd', 'Privacy', 'Terms'];
const mod = (name: string, inner: string): string =>
  `<div id="hs_cos_wrapper_${name}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget"
 data-hs-cos-type="module">${inner}</div>`;
const hHtml = `<!doctype html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="The checklist our team works through with every planner for a 300-guest gala dinner.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical"
href="https://www.verdantevents.co.uk/blog/flowers-for-a-300-guest-gala">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.verdantevents.co.uk/hubfs/hub_generated/template_assets/1/118232011/1729000000000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Priya Wendell"},
"datePublished":"2026-08-18"}</script>
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-183920411 hs-blog-post hs-blog-id-99211730">
<div data-global-resource-path="verdant-theme/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper">${mod(
  'site_logo',
  `<span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="https://www.verdantevents.co.uk" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img
src="https://www.verdantevents.co.uk/hubfs/verdant-logo.svg"
 class="hs-image-widget" height="60" alt="Verdant Events Floral"></a></span>`,
)}
<div class="header__menu">${mod(
  'navigation-primary',
  `<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>`,
)}</div>
<div class="header__search">${mod(
  'site_search',
  `<div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true"
action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site_search-input">Search</label><input type="text" id="site_search-input"
class="hs-search-field__input" name="term"
 autocomplete="off" aria-label="Search" placeholder="Search"><button class="hs-search-field__button"
aria-label="Search"></button></form></div></div>`,
)}</div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
 data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle.replace('\u2019', '&rsquo;')}</span></h1>
<div class="blog-post__meta"><a href="https://www.verdantevents.co.uk/blog/author/priya-wendell">Priya Wendell</a>
<time datetime="2026-08-18 09:00:00" class="blog-post__timestamp">Aug 18, 2026 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
 data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hOpen)}
<!--more-->
${hSecs.map(([h, p, l]) => `<h2>${h}</h2>\n${ps(p)}${l.length > 0 ? `\n<ul>${lis(l)}</ul>` : ''}`).join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b1f0f8e-3c2d-4a1b-9e8f-7d6c5b4a3f21">
<span class="hs-cta-node hs-cta-5b1f0f8e-3c2d-4a1b-9e8f-7d6c5b4a3f21" id="hs-cta-5b1f0f8e-3c2d-4a1b-9e8f-7d6c5b4a3f21">
<a href="https://cta-redirect.hubspot.com/cta/redirect/99211730/5b1f0f8e-3c2d-4a1b-9e8f-7d6c5b4a3f21" class="cta_button" style="">Download our event flower
planner</a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;
hbspt.cta.load(99211730, '5b1f0f8e-3c2d-4a1b-9e8f-7d6c5b4a3f21', {"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action
Code --></p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg>
<a class="blog-post__tag-link" href="https://www.verdantevents.co.uk/blog/tag/corporate-events">Corporate events</a>
<a class="blog-post__tag-link" href="https://www.verdantevents.co.uk/blog/tag/planning">Planning</a></div>
<div class="blog-post__social"><span class="blog-post__social-label">Share this post</span>
<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https://www.verdantevents.co.uk/blog/flowers-for-a-300-guest-gala"
class="blog-post__social-link">LinkedIn</a>
<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.verdantevents.co.uk/blog/flowers-for-a-300-guest-gala"
class="blog-post__social-link">Facebook</a></div>
</article>
<section class="blog-subscribe">${mod(
  'blog_subscribe',
  `<h3>Subscribe to the Verdant journal</h3>
<div class="hs_cos_wrapper_type_form"><form id="hsForm_3f2e1d0c" class="hs-form stacked hs-custom-form" action="" method="POST" novalidate>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-3f2e1d0c" for="email-3f2e1d0c"><span>Email</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="email-3f2e1d0c" name="email" required placeholder="" type="email"
class="hs-input" inputmode="email"
 autocomplete="email" value=""></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Subscribe"></div></div>
</form></div>`,
)}</section>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${hRel
  .map(
    (t, i) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/related-${i}"><img
class="blog-related-posts__image" src="/hubfs/rel-${i}.jpg"
 loading="lazy" alt="${t}"></a><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="/blog/related-${i}">${t}</a></h3></div>`,
  )
  .join('\n')}
</div></section></div></div></main>
<div data-global-resource-path="verdant-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${mod('footer_text', ps(hFoot.slice(0, 2)))}${mod('footer_links', `<ul class="footer__links">${links(hFoot.slice(2))}</ul>`)}</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hCookie[0]}</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">${hCookie[1]}</a>
<a href="#" id="hs-eu-decline-button" role="button">${hCookie[2]}</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.229/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/99211730.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout502-hubspot-gala-flowers',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map((s) => s[0]),
  body: texts([...hOpen, ...hSecs.flatMap(([, p, l]) => [...p, ...l])]),
  bylines: ['Priya Wendell', 'Aug 18, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Corporate Events'), 'Download our event flower planner', 'Planning', 'Share this post', 'LinkedIn',
    'Facebook',
    'Subscribe to the Verdant journal', 'Email', 'Related posts', ...hRel, ...hFoot, ...hCookie,
  ],
};

export const HELDOUT502_F2: readonly TestPage[] = [hubspot];
