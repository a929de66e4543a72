import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout657-kit.js';

/** Held-out batch 657, file e2: a facilities company's blog post on office carpet deep-cleaning schedules, on HubSpot CMS (Growth theme). */
const hTitle = 'How Often Should Office Carpets Be Deep Cleaned?';
const hIntro = [
  j(
    'Most facilities teams vacuum office carpets every day and then leave deep cleaning to chance – usually a single clean in the summer',
    'holidays, whether the floor needs it or not. The result is carpet that looks tired by spring in the busy areas and is cleaned',
    'needlessly in the quiet ones.',
  ),
  'A better approach is to schedule deep cleaning by traffic zone. Here is how we plan it for the 140 offices we look after, and how you can do the same.',
];
const hH = ['Map your traffic zones', 'Recommended deep cleaning frequency', "Don't forget entrance matting", 'Adjust the plan each year'];
const hMap = j(
  'Walk the floor plan and mark every area as heavy, medium or light traffic. Heavy zones are entrances, lift lobbies, corridors to',
  'kitchens and toilets, and the area around printers. Medium zones are open-plan desk areas. Light zones are private offices,',
  'boardrooms and storage.',
);
const hRows = [
  ['Heavy', 'Entrances, lift lobbies, main corridors', 'Monthly', 'Every 3 months'],
  ['Medium', 'Open-plan desks, breakout areas', 'Quarterly', 'Every 6 months'],
  ['Light', 'Private offices, meeting rooms', 'Twice a year', 'Once a year'],
];
const hInterim = j(
  'An interim clean is a low-moisture encapsulation clean that can be done in the evening and walked on within an hour. A deep clean',
  'is hot water extraction, which removes soil from the base of the pile but needs the area closed for several hours.',
);
const hMat = j(
  'Up to 80 per cent of the soil in an office carpet is walked in from outside. Barrier matting of at least four strides – roughly',
  'six metres – inside each entrance will catch most of it, and cleaning those mats weekly does more for your carpet than any deep clean.',
);
const hAdjust = [
  j(
    'Review the schedule every twelve months. If a zone still looks clean at its deep-clean date, stretch the interval; if it is grey',
    'within weeks, shorten it or add matting. Keeping a simple log of each clean, with photographs, makes the conversation with finance',
    'much easier when the carpet eventually needs replacing.',
  ),
  'Planned this way, most of our clients spend about the same as they did on an annual clean, but their carpets last two to three years longer.',
];
const hNav = ['Services', 'Sectors', 'About', 'Insights', 'Careers'];
const hTags = ['Carpet Care', 'Facilities Management'];
const hRelated = [
  'Five signs your office carpet needs replacing, not cleaning',
  'Encapsulation vs hot water extraction: which suits your building?',
  'How we cut out-of-hours cleaning noise for a city law firm',
];
const hFoot = ['Privacy policy', 'Modern slavery statement', 'Cookie settings'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website',
  'and allow us to remember you.',
);
const hw = (name: string, type: string, inner: string): string => `<span id="hs_cos_wrapper_${name}" class="hs_cos_wrapper hs_cos_wrapper_meta_field
hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="${type}">${inner}</span>`;
const hCta = `<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8a1f4c2e-77b0-4d1a-9e3c-2b6f0d9a5c11"><span
class="hs-cta-node hs-cta-8a1f4c2e-77b0-4d1a-9e3c-2b6f0d9a5c11" id="hs-cta-8a1f4c2e-77b0-4d1a-9e3c-2b6f0d9a5c11"><div id="hs-cta-ie-element"></div><a
href="https://cta-redirect.hubspot.com/cta/redirect/9123456/8a1f4c2e-77b0-4d1a-9e3c-2b6f0d9a5c11"><img class="hs-cta-img"
id="hs-cta-img-8a1f4c2e-77b0-4d1a-9e3c-2b6f0d9a5c11" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/9123456/8a1f4c2e.png"
alt="Download the free carpet maintenance planner"></a></span><script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">
hbspt.cta._relativeUrls=true;hbspt.cta.load(9123456, '8a1f4c2e-77b0-4d1a-9e3c-2b6f0d9a5c11', {"useNewLoader":"true","region":"eu1"});
</script></span><!-- end HubSpot Call-to-Action Code -->`;
const hPostBody = `${ps([hIntro[0] ?? ''])}<!--more-->${ps([hIntro[1] ?? ''])}
<h2>${hH[0]}</h2>${ps([hMap])}
<h2>${hH[1]}</h2><div class="hs-table-wrapper"><table style="border-collapse: collapse; table-layout: fixed; width: 100%;"><tbody>
<tr><td><strong>Zone</strong></td><td><strong>Examples</strong></td><td><strong>Interim clean</strong></td><td><strong>Deep clean</strong></td></tr>
${trs(hRows, 'style="padding: 4px;"')}</tbody></table></div>
${ps([hInterim])}
<p style="text-align: center;">${hCta}</p>
<h2>${hH[2]}</h2>${ps([hMat])}
<h2>${hH[3]}</h2>${ps(hAdjust)}`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><link rel="shortcut icon" href="https://www.tessaline.co.uk/hubfs/favicon.png">
<meta name="description" content="Plan office carpet deep cleaning by traffic zone: a simple schedule for heavy, medium and light areas.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:description" content="Plan office carpet deep cleaning by traffic zone."><meta property="og:title" content="${hTitle}">
<meta name="twitter:card" content="summary_large_image"><meta property="og:type" content="article"><link rel="alternate" type="application/rss+xml"
href="https://www.tessaline.co.uk/insights/rss.xml"><meta name="generator" content="HubSpot"><link rel="canonical"
href="https://www.tessaline.co.uk/insights/how-often-should-office-carpets-be-deep-cleaned">
<link rel="stylesheet" href="https://www.tessaline.co.uk/hs-fs/hub/9123456/hub_generated/template_assets/1/148823/1712345678/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Bethan Okonjo-Reyes"},"datePublished":"2027-01-14T09:00:00Z"}</script></head>
<body><div class="body-wrapper   hs-content-id-15234870012 hs-blog-post hs-blog-id-91234567801">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip
to content</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style=""
data-hs-cos-general-type="widget"
data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img
src="https://www.tessaline.co.uk/hubfs/logo.svg"
class="hs-image-widget " height="48" style="height: auto;width:180px;border-width:0px;border:0px;" width="180"
alt="Tessaline Facilities Group"></a></span></div></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div
class="header__navigation header--element">
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><nav class="menu menu--desktop" aria-label="Main menu"><ul
class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1')}</ul>
</nav></div></div><div class="header__button header--element"><a class="button"
href="/site-survey">Request a site survey</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1>${hw('name', 'text', hTitle)}</h1><div class="blog-post__meta"><a href="/insights/author/bethan-okonjo-reyes">Bethan Okonjo-Reyes</a><time
datetime="2027-01-14 09:00:00" class="blog-post__timestamp">Jan 14, 2027 9:00:00 AM</time></div>
<div class="blog-post__body">${hw('post_body', 'rich_text', hPostBody)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path
d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118"></path></g></svg>${hTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="/insights/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments"
style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments" style="" data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments"><div class="section
post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_hubspot-comment-form"></div></div></span></div></section>
</div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelated
  .map(
    (t, i) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/insights/post-${i}"><img
class="blog-related-posts__image" src="https://www.tessaline.co.uk/hubfs/related-${i}.jpg" loading="lazy" alt=""></a><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/insights/post-${i}">${t}</a></h3></div></article>`,
  )
  .join('\n')}</div></div></div>
<div class="blog-subscribe"><div class="content-wrapper"><h2>Subscribe to our blog</h2><div id="hs_form_target_blog_subscription"><form novalidate
accept-charset="UTF-8" class="hs-form stacked hs-custom-form" data-form-id="b3d0a6f1-2c44"><fieldset class="form-columns-1"><div class="hs_email hs-email
hs-fieldtype-text field hs-form-field"><label id="label-email-b3d0a6f1" for="email-b3d0a6f1"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-b3d0a6f1" name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email"
value=""></div></div></fieldset><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Subscribe"></div></div></form></div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper"><p
class="footer__address">Tessaline Facilities Group, 2 Wharfside Place, Corben Quay</p><ul class="footer__links">${links(hFoot)}</ul><p
class="footer__copyright">© 2027
Tessaline Facilities Group</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="default"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>${hCookie}</p></div></div><div
id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script
src="https://www.tessaline.co.uk/hs-fs/hub/9123456/hub_generated/template_assets/1/148824/main.min.js"></script>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || [];_hsq.push(["setContentType", "blog-post"]);
_hsq.push(["setCanonicalUrl", "https:\\/\\/www.tessaline.co.uk\\/insights\\/how-often-should-office-carpets-be-deep-cleaned"]);</script>
<script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/9123456.js"></script><!-- End of HubSpot Analytics Code --></body></html>`;
const hubspot: TestPage = {
  name: 'heldout657-hubspot-office-carpet-schedule',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: [...texts([...hIntro, hMap]), ...rowTexts(hRows), ...texts([hInterim, hMat, ...hAdjust])],
  bylines: ['Bethan Okonjo-Reyes', 'Jan 14, 2027 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'About'), 'Request a site survey', ...hTags, 'Related posts', ...hRelated, 'Subscribe to our blog', 'Email',
    'Tessaline Facilities Group, 2 Wharfside Place, Corben Quay', ...hFoot, '© 2027 Tessaline Facilities Group', hCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT657_E2: readonly TestPage[] = [hubspot];
