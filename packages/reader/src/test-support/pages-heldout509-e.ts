import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout509-kit.js';

/**
 * Held-out batch 509, file e: a garden designer's fees page built with Elementor (Hello Elementor theme, Theme Builder
 * header and footer, an accordion of questions, a Complianz banner), and a garden design forum thread on Discourse as served
 * to crawlers (the no-JavaScript view with its related topics table).
 */
const eTitle = 'What does garden design cost?';
const eIntro = [
  j(
    'Every garden is different, so we quote for each project once we have visited. But we know it helps to have a rough idea before',
    'you pick up the phone, so here is how our fees work and what our clients typically spend on the build.',
  ),
];
const eH2 = ['Design fees', 'Build costs', 'Common questions'];
const eFees = [
  j(
    'The initial consultation is a two-hour visit costing £180, which is deducted from the design fee if you go ahead. A full garden',
    'design, with a survey, concept plan, detailed planting plan and construction drawings, costs from £2,400 for a small town',
    'garden and from £4,800 for a larger plot.',
  ),
];
const eBuild = [
  j(
    'As a rule of thumb, a professionally built garden costs between £250 and £450 per square metre, depending on how much hard',
    'landscaping it includes. Planting alone is far cheaper; paving, walls and steps are where the money goes.',
  ),
];
const eFaq = [
  [
    'Can I pay for the design and build it myself?',
    'Yes. Around a third of our clients do, and our construction drawings are written so that a capable DIYer can follow them.',
  ],
  ['Do you work outside Cheshire?', 'We take on a small number of projects further afield each year. Travel is charged at cost.'],
  ['How long does a design take?', 'Usually six to eight weeks from survey to final plans, longer in spring when we are busiest.'],
  ['Do you offer payment in stages?', 'Yes. Design fees are paid in three stages: at survey, on approval of the concept and on delivery of the final plans.'],
];
const eNav = ['Home', 'Gardens', 'Services', 'Fees', 'About', 'Contact'];
const eCookie = 'To provide the best experiences, we use technologies like cookies to store and/or access device information.';
const el = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eHead = (id: string, t: string, tag = 'h2'): string => el(id, 'heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eAcc = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-201${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-201${i}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-right" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-201${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"
aria-labelledby="elementor-tab-title-201${i}">
<p>${a}</p></div></div>`,
  )
  .join('\n');
const eMenu = (cls: string, hidden: string): string =>
  `<nav class="${cls}"${hidden}><ul class="elementor-nav-menu">${eNav
    .map((n) => `<li class="menu-item menu-item-type-post_type"><a href="/${n.toLowerCase()}/" class="elementor-item">${n}</a></li>`)
    .join('')}</ul></nav>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>Fees &#8211; Sorrel Hay Garden Design</title>
<meta name='robots' content='index, follow, max-image-preview:large'><link rel='stylesheet' id='elementor-frontend-css'
href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7' media='all'><link rel='stylesheet' id='hello-elementor-css'
href='/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'><script
type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage",
"mainEntity":[{"@type":"Question","name":"${eFaq[0]?.[0]}"}]}</script><meta name="generator" content="Elementor 3.24.7; features: e_font_icon_svg">
<style id="elementor-post-88-inline">.elementor-88 .elementor-element.elementor-element-a1b2c3 .elementor-heading-title{color:#2f4a33}</style></head>
<body class="page-template-default page page-id-88 wp-custom-logo hello-elementor elementor-default elementor-kit-6 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5d1e elementor-section-boxed" data-id="5d1e"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${el(
  '9a0b',
  'theme-site-logo',
  '<a href="/"><img src="/wp-content/uploads/2025/01/sorrel-hay.svg" alt="Sorrel Hay Garden Design"></a>',
)}
</div></div><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column"><div
class="elementor-widget-wrap elementor-element-populated">
${el(
  '4c4d',
  'nav-menu',
  `${eMenu('elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline', '')}
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
${eMenu('elementor-nav-menu--dropdown elementor-nav-menu__container', ' aria-hidden="true"')}`,
)}
</div></div></div></section></header>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f2a elementor-section-boxed" data-id="3f2a"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${eHead('a1b2', eTitle, 'h1')}
${el('b2c3', 'text-editor', ps(eIntro))}
${eHead('c3d4', eH2[0] ?? '')}
${el('d4e5', 'text-editor', ps(eFees))}
${eHead('e5f6', eH2[1] ?? '')}
${el('f6a7', 'text-editor', ps(eBuild))}
${eHead('a7b8', eH2[2] ?? '')}
${el('b8c9', 'accordion', `<div class="elementor-accordion">${eAcc}</div>`)}
${el(
  'c9d0',
  'button',
  '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/">' +
    '<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a consultation</span></span></a></div>',
)}
</div></div></div></section></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer"
data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-8e8f elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"><div
class="elementor-widget-wrap">
${el(
  '1f2e',
  'icon-list',
  `<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><span class="elementor-icon-list-text">07700 900 418</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">hello@sorrelhay.co.uk</span></li>
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Knutsford, Cheshire</span></li></ul>`,
)}
${el('2e3f', 'text-editor', '<p>© 2026 Sorrel Hay Garden Design. Member of the Society of Garden Designers.</p>')}
</div></div></div></section></footer>
<div id="cmplz-cookiebanner-container"><div
class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences
cmplz-show" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite"
aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body">
<div class="cmplz-message" id="cmplz-message-1-optin">${eCookie}</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">Cookie Policy</a></li></ul></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout509-elementor-garden-fees',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eH2,
  body: texts([...eIntro, ...eFees, ...eBuild, ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book a consultation', '07700 900 418', 'hello@sorrelhay.co.uk', 'Knutsford, Cheshire',
    '© 2026 Sorrel Hay Garden Design. Member of the Society of Garden Designers.', 'Manage Cookie Consent', eCookie, 'Accept', 'Deny', 'View preferences',
    'Cookie Policy',
  ],
};

const fTitle = 'Garden room 2.5 m from the boundary: do I need planning?';
const fPosts = [
  {
    u: 'tom_h',
    d: 'May 2, 2026,  6:21pm',
    ps: [
      j(
        'We want to put a garden room (home office) at the bottom of our garden. It would be 2.5 m high with a flat roof, 4 m by 3 m, and',
        'the back wall would be about 1 m from the rear fence. Semi-detached house, not in a conservation area.',
      ),
      'Our neighbour says anything over 2.5 m near a fence needs planning. Is that right, and does 1 m count as near?',
    ],
    likes: '',
  },
  {
    u: 'ruth_gardens',
    d: 'May 2, 2026,  7:05pm',
    ps: [
      j(
        'Your neighbour is right about the number. An outbuilding within 2 m of a boundary can be up to 2.5 m high under permitted',
        'development, measured from the highest ground next to it. So 1 m from the fence at 2.5 m is fine, but only just.',
      ),
      j(
        'Watch the ground level. If the garden slopes and the room sits on a raised base, the height is taken from the lowest side, and',
        'people go over without realising. I would aim for 2.4 m to leave room for the roof finish.',
      ),
    ],
    likes: '5 Likes',
  },
  {
    u: 'mkdesign',
    d: 'May 3, 2026,  8:40am',
    ps: [
      j(
        'Also check it is not used as a bedroom. A home office is fine as an incidental use, but sleeping accommodation is not',
        'permitted development. And you will still need building regs if it is over 15 m² internally, which 12 m² is not.',
      ),
    ],
    likes: '2 Likes',
  },
  {
    u: 'tom_h',
    d: 'May 3, 2026, 10:12am',
    ps: ['Thank you both. We have dropped the height to 2.4 m and moved it back a little. Applying for a certificate anyway to be safe.'],
    likes: '1 Like',
  },
];
const fRel = [
  ['Pergola attached to the house, permitted development?', '6', '1.4k', 'Mar 2026'],
  ['Raised decking height limit', '11', '3.2k', 'Jan 2026'],
];
const fPostHtml = fPosts
  .map(
    (p, i) => `<div ${i === 0 ? '' : "itemprop='comment' "}id='post_${i + 1}'
${i === 0 ? '' : "itemscope itemtype='http://schema.org/Comment' "}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href='https://forum.gardenplot.org/u/${p.u}'><span itemprop='name'>${p.u}</span></a></span><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='2026-05-02T18:21:07Z' class='post-time'>${p.d}</time><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>${ps(p.ps)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>${p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`}</div></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Planning and permissions - GardenPlot Forum</title>
<meta name="description" content="We want to put a garden room (home office) at the bottom of our garden."><meta name="generator"
content="Discourse 3.4.0 - https://github.com/discourse/discourse">
<link rel="icon" type="image/png" href="https://forum.gardenplot.org/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all"
content="#ffffff">
<link rel="canonical" href="https://forum.gardenplot.org/t/garden-room-2-5-m-from-the-boundary/4412"><meta property="og:site_name" content="GardenPlot Forum">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.gardenplot.org","name":"GardenPlot Forum"}</script>
<link href="/stylesheets/color_definitions_base__1_abc.css?__ws=forum.gardenplot.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_abc.css?__ws=forum.gardenplot.org" media="all" rel="stylesheet" data-target="desktop"/></head>
<body class="crawler"><header><a href="/"><img src="https://forum.gardenplot.org/uploads/default/original/1X/logo.png" alt="GardenPlot Forum" id="site-logo"
style="max-width: 150px;"></a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title">
<h1><a href="/t/garden-room-2-5-m-from-the-boundary/4412">${fTitle}</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/planning/5" class="badge-wrapper bullet" itemprop="item">
<span class='badge-category-bg' style='background-color: #3AB54A'></span><span class='badge-category clear-badge'><span class='category-name'
itemprop='name'>Planning and
permissions</span></span></a><meta itemprop="position" content="1" /></span></div>
<div class="topic-list-tags"><a href='https://forum.gardenplot.org/tag/garden-rooms' class='discourse-tag'>garden-rooms</a>
<a href='https://forum.gardenplot.org/tag/permitted-development' class='discourse-tag'>permitted-development</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${fTitle}'>
<link itemprop='url' href='https://forum.gardenplot.org/t/garden-room-2-5-m-from-the-boundary/4412'>
<meta itemprop='datePublished' content='2026-05-02T18:21:07Z'><meta itemprop='articleSection' content='Planning and permissions'>
<meta itemprop='keywords' content='garden-rooms, permitted-development'>
${fPostHtml}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRel
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<span class="link-top-line"><a itemprop='url' href='/t/x' class='title raw-link raw-topic-link'>${t}</a></span></td><td></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (n) =>
      `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${n.toLowerCase()}'
itemprop="url">${n} </a></span></li>`,
  )
  .join('')}</ul></nav><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout509-discourse-garden-room-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.ps)),
  bylines: ['tom_h', 'ruth_gardens', 'mkdesign', ...fPosts.map((p) => p.d)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Planning and permissions', 'garden-rooms', 'permitted-development', '1', '2', '3', '4', '5 Likes', '2 Likes', '1 Like', 'Related topics', 'Topic',
    'Replies', 'Views', 'Activity', ...fRel.flat(), 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT509_E: readonly TestPage[] = [elementor, discourse];
