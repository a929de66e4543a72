import { links, ps, type TestPage, texts } from './page-kit.js';
import { fur, j, lis } from './pages-heldout580-kit.js';

/** Held-out batch 580, file d2: an entertainment agency's blog post on HubSpot CMS with author line, tags, CTA, related posts and the HubSpot cookie banner. */
const hTitle = '5 Questions to Ask Before Booking a Wedding Saxophonist';
const hParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'A sax player over the drinks reception or alongside the DJ has become one of the most requested extras we book. It is also',
        'one of the easiest to get wrong. Here are the five questions our booking team asks on every call, and why they matter.',
      ),
    ],
  ],
  [
    '1. Will they play live over a DJ or with backing tracks?',
    [
      j(
        'Most wedding saxophonists work in one of two ways: improvising live over the DJ’s set, or playing full songs over their',
        'own backing tracks. Live-over-DJ sets feel more spontaneous; backing-track sets give a more polished drinks reception.',
      ),
    ],
  ],
  [
    '2. How long are the sets?',
    [
      j(
        'A sax player cannot play for four hours straight. A typical booking is three 30-minute sets over the evening or two',
        '45-minute sets during the drinks reception. Ask exactly when each set will start.',
      ),
    ],
  ],
  [
    '3. What do they need from the venue?',
    ['A 13-amp socket within five metres of where they play', 'A space at least two metres square', 'A hot meal if they are on site for more than five hours'],
  ],
  [
    '4. Do they have public liability insurance?',
    [
      j(
        'Almost every venue now asks for it. Our players all carry at least £10 million of cover and a PAT certificate for their',
        'equipment, and we send both to the venue a month ahead.',
      ),
    ],
  ],
  [
    '5. Can they learn a song for you?',
    [
      j(
        'If you want a particular song for your entrance or first dance, ask early. Most of our players will learn one new song',
        'free with at least four weeks notice.',
      ),
    ],
  ],
];
const hNav = ['Acts', 'Weddings', 'Corporate', 'Blog', 'About Us'];
const hRelated = [
  'Live band or DJ? How to choose for your reception',
  'What a wedding string trio actually costs in 2025',
  'Ten questions to ask your venue about music',
];
const hFoot = ['Privacy Policy', 'Terms & Conditions', 'Cookie Settings'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website and allow us',
  'to remember you.',
);
const hBodyHtml = hParts.map(([h, b], i) => (h === '' ? '' : `<h2>${h}</h2>`) + (i === 3 ? `<ul>${lis(b)}</ul>` : ps(b))).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title><link rel="shortcut icon" href="https://www.brassandbowagency.co.uk/hubfs/favicon.png">
<meta name="description" content="What to ask before you book a saxophonist for your wedding reception."><meta name="viewport"
 content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.brassandbowagency.co.uk/blog/questions-wedding-saxophonist">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person","
name":"Dana Whitlow"}}</script>
<link rel="stylesheet" href="https://www.brassandbowagency.co.uk/hs-fs/hub/5142387/hub_generated/template_assets/main.min.css"></head>
<body><div class="body-wrapper   hs-content-id-161234567890 hs-blog-post hs-blog-id-98765432101">
<div data-global-resource-path="brass-and-bow/templates/partials/header.html"><a href="#main-content" class="header__skip">Skip to content</a>
<header class="header"><div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
 class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span
 id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
 id="hs-link-site_logo_hs_logo_widget"><img
 src="https://www.brassandbowagency.co.uk/hubfs/logo.svg" class="hs-image-widget" alt="Brass &amp; Bow Agency" width="180" height="48"></a></span></div></div>
<div class="header__column"><div class="header__row-2"><div class="header__navigation header--element"><div id="hs_cos_wrapper_navigation-primary"
 class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav aria-label="Main menu"
 class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div></div>
<div class="header__search header--element"><div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true"
 action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-term">Search</label><input type="text" class="hs-search-field__input" name="term"
 id="search-term">
<button aria-label="Search"><span id="hs_cos_wrapper_search_icon"
 class="hs_cos_wrapper"></span></button></form></div></div></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
 class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
 data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/dana-whitlow">Dana Whitlow</a><time
 datetime="2025-02-14 09:00:00"
 class="blog-post__timestamp">Feb 14, 2025 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
 data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${hBodyHtml}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7a1b"><span class="hs-cta-node hs-cta-7a1b" id="hs-cta-7a1b"><a
 href="https://cta-redirect.hubspot.com/cta/redirect/5142387/7a1b"
 class="cta_button">Browse our saxophonists</a></span></span><!-- end HubSpot Call-to-Action Code --></span>
</div><div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252.118V48C0"></path></svg><a
 class="blog-post__tag-link"
 href="/blog/tag/wedding-music">Wedding Music</a>, <a class="blog-post__tag-link" href="/blog/tag/planning">Planning</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelated
  .map(
    (r) =>
      `<div class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/blog/${r.slice(0, 8)}"><h3
 class="blog-related-posts__title">${r}</h3></a></div>`,
  )
  .join('\n')}</div></div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><span
 id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments"><div
 class="section post-footer">
<div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments_form"></div></div></span></div></div></div></div></main>
<div data-global-resource-path="brass-and-bow/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Brass &amp; Bow Agency Ltd · Unit 4, Mill Yard, Stroud GL5 3AB</p><ul class="footer__menu">${links(hFoot)}</ul><p>© 2025 Brass &amp; Bow Agency</p></div>
</footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-nosnippet="" role="region"><div
 id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
 id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
 href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script><script id="hs-script-loader" async defer
 src="/hs/scriptloader/5142387.js"></script>
</body></html>`;
const hHeads = hParts.map(([h]) => h).filter((h) => h !== '');
const hBody = hParts.flatMap(([, b]) => b);
const brassBow: TestPage = {
  name: 'heldout580-hubspot-sax-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts(hBody),
  bylines: ['Dana Whitlow', 'Feb 14, 2025 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([hTitle, ...hHeads, ...hBody], [
    'Skip to content', ...hNav, 'Search', 'Browse our saxophonists', 'Wedding Music', 'Planning', 'Related posts', ...hRelated,
    'Brass & Bow Agency Ltd · Unit 4, Mill Yard, Stroud GL5 3AB', ...hFoot, '© 2025 Brass & Bow Agency', hCookie, 'Accept', 'Decline',
  ]),
};

export const HELDOUT580_D2: readonly TestPage[] = [brassBow];
