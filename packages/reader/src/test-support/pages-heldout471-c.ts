import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout471-kit.js';

/**
 * Held-out batch 471, file c: a long how-to post on a heating and plumbing firm's HubSpot CMS blog (growth theme, CTA, tags,
 * subscribe form, comments, related posts, HubSpot cookie banner).
 */
const hTitle = 'How to Winterize Outdoor Faucets Before the First Hard Freeze';
const hIntro = [
  j(
    'Every November our phones start ringing with the same call: a homeowner turns on the garden hose in spring, and water',
    'pours out of the basement ceiling instead. The culprit is almost always an outdoor faucet that froze over the winter',
    'and split the pipe just inside the wall, where nobody could see it.',
  ),
  j(
    'The good news is that winterizing an outdoor faucet takes about fifteen minutes and no special tools. Here is the',
    'routine our technicians follow at their own houses, step by step, along with the signs that mean you should call a pro.',
  ),
];
const hWhy = [
  j(
    'Water expands by about nine percent when it freezes. In a closed length of copper or PEX, that expansion has nowhere to go,',
    'and the pressure builds until the pipe bulges or splits. The split usually happens a few inches behind the faucet, inside the',
    'heated part of the house, so nothing leaks until the ice thaws and you open the valve again.',
  ),
  j('In Lake Orrin we see pipes freeze once overnight lows stay below 20°F for a few days, which can happen as early as the', 'second week of November.'),
];
const hNeed = ['A bucket or an old towel', 'An insulated faucet cover (about $5 at any hardware store)', 'A flashlight for the basement or crawl space'];
const hSteps = [
  'Step 1: Find and close the shut-off valve',
  j(
    'Most outdoor faucets have a dedicated shut-off inside the house, usually in the basement ceiling or the utility room, on the',
    'same wall as the faucet. It looks like a small round handle or a lever on the pipe. Turn it clockwise until it stops, or turn',
    'the lever so it sits across the pipe.',
  ),
  'Step 2: Disconnect and drain the hose',
  j(
    'A hose left attached traps water in the faucet, even a frost-free one. Unscrew it, drain it, and store it in the garage or',
    'the shed. Remove any splitters, timers or quick-connect fittings too.',
  ),
  'Step 3: Open the outdoor faucet',
  j(
    'Go outside and open the faucet all the way. A little water will run out and then stop. Leave it open; this lets any water',
    'left in the line drain out and gives ice room to expand if a little is left.',
  ),
  'Step 4: Open the bleeder cap',
  j(
    'Back at the shut-off valve, look for a small brass cap on its side. Hold the bucket under it and unscrew the cap. You will',
    'hear air rush in and some water drain out. Once it stops dripping, screw the cap back on loosely. Skip this step if your',
    'valve has no bleeder.',
  ),
  'Step 5: Cover the faucet',
  j(
    'Fit the insulated cover over the faucet and pull the loop tight. A cover alone will not save a faucet with water in it,',
    'but it does keep wind off the fitting on the coldest nights.',
  ),
];
const hFrost = [
  j(
    'Many homes built after about 1995 have frost-free sillcocks. The valve on these sits 8 to 12 inches inside the wall, so',
    'the water stops where the house is warm. You can spot one by its long body: the handle is on the outside, but the stem',
    'runs back through the wall.',
  ),
  j(
    'Frost-free faucets still need the hose taken off, and they must slope slightly downward toward the outside so the barrel',
    'drains. If yours drips for a long time after you close it, or was installed level, it can still freeze.',
  ),
];
const hTip = j(
  'Tech tip: if you cannot find an inside shut-off at all, your outdoor faucet may be on the same line as a bathroom or the',
  'kitchen. Do not guess. Ask us to fit a dedicated shut-off; it is usually a 30-minute job.',
);
const hCall = j(
  'Winterizing is a do-it-yourself job, but some things are worth a visit from a licensed plumber. Call us if you notice any',
  'of the following:',
);
const hCallList = [
  'The shut-off valve will not turn, or it leaks around the handle when you close it',
  'Water keeps trickling from the outdoor faucet after the inside valve is closed',
  'You find a bulge, a crack or a damp patch on the pipe near the wall',
  'The faucet froze last winter and you are not sure the pipe behind it is sound',
];
const hEnd = j(
  'Fifteen minutes now can save a flooded basement in April. If you would rather we took care of it, our winter check covers',
  'every outdoor faucet, the water heater and the main shut-off in a single visit.',
);
const hH = [
  'Why outdoor faucets freeze',
  'What you will need',
  'Winterizing a standard faucet, step by step',
  'What about frost-free faucets?',
  'When to call a plumber',
];
const hNav = ['Heating', 'Cooling', 'Plumbing', 'Water Treatment', 'Maintenance Plans', 'Blog'];
const hRel = [
  'Should you leave your faucets dripping on cold nights?',
  'Five signs your sump pump will fail this spring',
  'What a furnace tune-up actually includes',
];
const hFoot = ['Careers', 'Financing', 'Privacy Policy', 'Accessibility'];
const hWrap = (id: string, type: string, inner: string): string => `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper
hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="${type}">${inner}</span>`;
const hStepsHtml = [0, 2, 4, 6, 8].map((i) => `<h3>${at(hSteps, i)}</h3>\n<p>${at(hSteps, i + 1)}</p>`).join('\n');
const hPost = `${ps(hIntro)}
<!--more--><h2>${at(hH, 0)}</h2>${ps(hWhy)}
<p><img src="https://www.northfieldhp.com/hubfs/blog/split-copper-pipe.jpg" alt="A split copper pipe behind an outdoor faucet" width="720"
loading="lazy" style="width: 720px; margin-left: auto; margin-right: auto; display: block;"></p>
<p style="text-align: center; font-size: 14px;"><em>A split like this one is invisible from outside the house.</em></p>
<h2>${at(hH, 1)}</h2><ul>${lis(hNeed)}</ul>
<h2>${at(hH, 2)}</h2>
${hStepsHtml}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8d2f31c4-7a1e-4b90-9c5d-2e6f0a1b3c4d"><span class="hs-cta-node
hs-cta-8d2f31c4-7a1e-4b90-9c5d-2e6f0a1b3c4d" id="hs-cta-8d2f31c4-7a1e-4b90-9c5d-2e6f0a1b3c4d">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4412093/8d2f31c4"
class="cta_button">Book a winter plumbing check</a></span><script charset="utf-8" src="/hs/cta/cta/current.js"></script>
<script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(4412093, '8d2f31c4-7a1e-4b90-9c5d-2e6f0a1b3c4d', {"useNewLoader":"true"});</script>
</span><!-- end HubSpot Call-to-Action Code -->
<h2>${at(hH, 3)}</h2>${ps(hFrost)}
<blockquote><p>${hTip}</p></blockquote>
<h2>${at(hH, 4)}</h2><p>${hCall}</p><ul>${lis(hCallList)}</ul>
<p>${hEnd}</p>`;
const hComments = [
  ['Gary Lindqvist', 'Nov 5, 2025 7:42 PM', 'Did steps 1 to 4 last weekend. The bleeder cap on mine was painted over, took some pliers but it came off fine.'],
  ['Priya Anand', 'Nov 7, 2025 11:03 AM', 'Our house has a frost-free one but it is dead level. Is that something you can fix without opening the siding?'],
];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="A fifteen-minute routine to keep outdoor faucets and the pipes behind them from splitting this winter.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.northfieldhp.com/blog/winterize-outdoor-faucets">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://www.northfieldhp.com/hs-fs/hub/4412093/hub_generated/template_assets/1/68213377514/1730912401183/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Renee Kowalczyk"},"datePublished":"2025-11-04"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-191734620531 hs-blog-post hs-blog-id-68213109442">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="//www.northfieldhp.com" id="hs-link-site_logo"><img src="/hubfs/northfield-logo.png"
class="hs-image-widget" alt="Northfield Heating &amp; Plumbing" width="200" height="56"></a></span></div>
<div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__button"><a href="tel:+16125550190" class="button">Call 612-555-0190</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hWrap('name', 'text', hTitle)}</h1>
<div class="blog-post__meta"><a href="https://www.northfieldhp.com/blog/author/renee-kowalczyk" rel="author">Renée Kowalczyk</a>
<time datetime="2025-11-04 14:00:00" class="blog-post__timestamp">Nov 4, 2025 8:00:00 AM</time></div>
<div class="blog-post__body">${hWrap('post_body', 'rich_text', hPost)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">
<path d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118"></path></g></svg><a class="blog-post__tag-link" href="/blog/tag/plumbing-tips">Plumbing Tips</a>
<a class="blog-post__tag-link" href="/blog/tag/winter">Winter</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing" class="new-comments">
<h3 class="comments-count">2 Comments</h3>
${hComments
  .map(
    ([who, when, text]) => `<div class="comment depth-0"><p class="comment-from"><strong>${who}</strong></p>
<p class="comment-date">${when}</p><div class="comment-body"><p>${text}</p></div><a class="comment-reply-to" href="#">Reply to ${who}</a></div>`,
  )
  .join('\n')}
</div><div id="hs_form_target_blog_comments_form"><form class="hs-form stacked hs-custom-form"><h3 class="form-title">Leave a comment</h3>
<div class="hs_comment hs-comment hs-fieldtype-textarea field hs-form-field"><label for="comment-4f1a">Comment<span class="hs-form-required">*</span></label>
<textarea id="comment-4f1a" class="hs-input" name="comment"></textarea></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Submit Comment"></div></div></form></div></div></div></section>
</div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${hRel
  .map(
    (t, i) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__title-link"
href="/blog/related-${i}"><h3 class="blog-related-posts__title">${t}</h3></a><p class="blog-related-posts__post-date">Oct ${12 + i * 6}, 2025</p></article>`,
  )
  .join('\n')}
</div></section>
<section class="blog-subscribe"><div class="content-wrapper"><h3>Subscribe to Home Comfort Notes</h3><form class="hs-form stacked"
id="hsForm_subscribe"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-subscribe">Email<span
class="hs-form-required">*</span></label><input id="email-subscribe" class="hs-input" type="email" name="email"></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form>
</div></section></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Northfield Heating &amp; Plumbing, 880 Birchwood Avenue, Lake Orrin, MN 55390</p><p>MN Plumbing License PC-651204</p>
<ul class="footer__links">${links(hFoot)}</ul><p class="footer__copyright">© 2025 Northfield Heating &amp; Plumbing</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region" data-hs-banner-type="cookie">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies
on your computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4412093.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout471-hubspot-winterize-faucets',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [...hH.slice(0, 3), ...[0, 2, 4, 6, 8].map((i) => at(hSteps, i)), at(hH, 3), at(hH, 4)],
  body: [...hIntro, ...hWhy, ...hNeed, ...[1, 3, 5, 7, 9].map((i) => at(hSteps, i)), ...hFrost, hTip, hCall, ...hCallList, hEnd],
  bylines: ['Renée Kowalczyk', 'Nov 4, 2025 8:00:00 AM', ...hComments.flatMap(([who, when]) => [who ?? '', when ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Plumbing'), 'Call 612-555-0190', 'A split like this one is invisible from outside the house.',
    'Book a winter plumbing check', 'Plumbing Tips', '2 Comments', ...hComments.flatMap(([who, , text]) => [text ?? '', `Reply to ${who}`]),
    'Leave a comment', 'Comment', 'Submit Comment', 'Related posts', ...hRel, 'Oct 12, 2025', 'Oct 18, 2025', 'Oct 24, 2025',
    'Subscribe to Home Comfort Notes', 'Email', 'Subscribe', 'Northfield Heating & Plumbing, 880 Birchwood Avenue, Lake Orrin, MN 55390',
    'MN Plumbing License PC-651204', ...hFoot, '© 2025 Northfield Heating & Plumbing',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT471_C: readonly TestPage[] = [hubspot];
