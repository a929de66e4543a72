import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout357-kit.js';

/** Held-out batch 357, file d2: a lens rental company's blog post on HubSpot CMS (see file d). */
const hTitle = 'What 40 returned zoom lenses taught our repair bench this winter';
const hIntro = [
  j(
    'Every lens that comes back from a rental goes across our inspection bench before it goes out again. Most need nothing more than',
    'a clean and an optical test, but every winter a handful come back with problems, and this year we kept notes on all forty zooms',
    'that needed real repair work between November and February.',
  ),
  j(
    'None of this is meant to scare anyone away from renting or buying zooms. Modern lenses are tough. But the patterns were clear',
    'enough that they are worth sharing, because almost all of them are avoidable.',
  ),
];
const hRows: ReadonlyArray<readonly [string, string, string]> = [
  ['Impact damage to the front barrel', '14', 'Lens dropped or knocked with no hood fitted'],
  ['Sticky or stiff zoom ring', '9', 'Fine sand in the helicoid after beach shoots'],
  ['Decentred element', '7', 'A knock that left no visible mark'],
  ['Condensation inside the lens', '6', 'Moving from a cold car to a warm room'],
  ['Failed aperture motor', '4', 'Usually no clear cause'],
];
const hHood = [
  j(
    'The single biggest cause was impact, and in eleven of the fourteen cases the lens had been rented with a hood that never left the',
    'case. A hood is the cheapest bumper you will ever buy: it takes the knock that would otherwise land on the filter thread.',
  ),
];
const hSand = [
  j(
    'Sand gets into zooms that extend as you turn the ring, because each extension pulls air, and whatever is in it, into the',
    'barrel. If you shoot on a windy beach, keep the zoom at one setting as much as you can, and change lenses in the car.',
  ),
];
const hCold = [
  'Before going indoors, put the camera and lens in a sealed plastic bag while they are still cold.',
  'Leave the bag closed for an hour so the lens warms slowly and moisture forms on the outside of the bag.',
  'Only then take the lens out and remove the lens cap.',
];
const hOutro = [
  j(
    'Decentred elements are the sneakiest problem on the list, because the lens looks perfect. If one side of your frames is',
    'suddenly softer than the other after a bump, tell us when you return the lens. We will test it either way, and there is no',
    'charge for damage reported honestly.',
  ),
];
const hNav = ['Rent lenses', 'Rent cameras', 'How it works', 'Blog', 'Log in'];
const hTags = ['Lens care', 'Repairs', 'Behind the bench'];
const hRelated = ['How we test every lens before it ships', 'Winter shooting checklist', 'Inside a dropped 70-200: a teardown'];
const hFoot = ['Shipping & returns', 'Damage waiver', 'Careers', 'Privacy policy'];
const hHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="Forty returned zooms, five causes of damage.">
<meta property="og:type" content="article"><meta property="og:title" content="${hTitle}">
<link rel="stylesheet" href="//7529301.fs1.hubspotusercontent-na1.example/hubfs/7529301/hub_generated/template_assets/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Callum Bright"},"datePublished":"2026-03-02"}</script>
<script>var hsVars = {"portal_id":7529301,"app_hs_base_url":"https://app.hubspot.example","content_id":181223340,"page_id":181223340};</script></head>
<body><div class="body-wrapper hs-content-id-181223340 hs-blog-post hs-blog-id-58812004">
<div data-global-resource-path="rentglass/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><span class="header__logo-company-name">RentGlass</span></a></div>
<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul>
</nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/callum-bright" class="blog-post__author">Callum Bright</a>
<time datetime="2026-03-02 09:00:00" class="blog-post__timestamp">Mar 2, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hIntro)}
<!--more-->
<h2>The numbers</h2>
<table style="border-collapse: collapse; width: 100%;"><tbody><tr><td><strong>Problem</strong></td><td><strong>Lenses</strong></td>
<td><strong>Most common cause</strong></td></tr>
${hRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<h2>Fit the hood, always</h2>
${ps(hHood)}
<div class="hs-cta-embed"><span class="hs-cta-wrapper" id="hs-cta-wrapper-8c1d"><a class="cta_button" href="/cta/redirect/8c1d">Add a damage waiver to
your next rental</a></span></div>
<h2>Beaches and extending zooms</h2>
${ps(hSand)}
<h2>Cold lenses, warm rooms</h2>
<ol>${lis(hCold)}</ol>
<h2>The invisible one</h2>
${ps(hOutro)}
</span></div>
<div class="blog-post__tags"><svg class="blog-post__tags-icon" aria-hidden="true"></svg>${hTags
  .map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`)
  .join(',\n')}</div></article>
<section class="blog-comments"><div class="hs-form"><h2>Subscribe to the RentGlass blog</h2><p>New posts from the repair bench, twice a month.</p>
<input type="email" name="email" placeholder="Email*"><input type="submit" value="Subscribe"></div></section>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRelated.map((t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/${t.length}">${t}</a></h3></div>`).join('\n')}
</div></section></div></div></main>
<div data-global-resource-path="rentglass/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<ul>${links(hFoot)}</ul><p class="footer__copyright">© 2026 RentGlass Ltd. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" href="#">Accept</a><a id="hs-eu-decline-button" href="#">Decline</a></div>
</div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script src="//js.hs-scripts.example/7529301.js" async defer></script></body>
</html>`;
export const hubspot: TestPage = {
  name: 'heldout357-hubspot-lens-rental-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['The numbers', 'Fit the hood, always', 'Beaches and extending zooms', 'Cold lenses, warm rooms', 'The invisible one'],
  body: texts([...hIntro, ...hRows.flat(), ...hHood, ...hSand, ...hCold, ...hOutro]),
  bylines: ['Callum Bright', 'Mar 2, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'RentGlass', ...hNav, 'Add a damage waiver to your next rental', ...hTags, 'Subscribe to the RentGlass blog',
    'New posts from the repair bench, twice a month.', 'Related posts', ...hRelated, ...hFoot, '© 2026 RentGlass Ltd. All rights reserved.',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};
