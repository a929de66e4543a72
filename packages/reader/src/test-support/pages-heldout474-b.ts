import { type TestPage, texts } from './page-kit.js';
import { amp, j, uniq } from './pages-heldout474-kit.js';

/**
 * Held-out batch 474, file b: a campsite's pitches and facilities page built with Wix (Thunderbolt renderer, rich-text
 * components), and a hotel's blog post on HubSpot CMS with tags, related posts, a CTA and the HubSpot cookie banner.
 */
const wTitle = 'Pitches & Facilities';
const wIntro = j(
  'Camping Brookend sits in a bend of the river Aln, with 64 pitches spread across three meadows and a small wood.',
  'Every pitch is at least 10 metres wide, and the lower meadow is kept free of cars.',
);
const wPitches: [string, string][] = [
  ['Tent pitches', 'Grass pitches in the Orchard Meadow for tents up to 6 berths. No hook-up. From £18 a night for two adults.'],
  ['Hardstanding pitches', 'Level gravel pitches for caravans and motorhomes up to 8 metres, each with a 10 amp hook-up and its own tap. From £29 a night.'],
  ['Riverside pitches', 'Twelve larger grass pitches along the bank with hook-up and a fire pit. Book early: these go first. From £34 a night.'],
  ['Wood cabins', 'Four heated cabins in the Hazel Wood, sleeping four, with a kitchenette and a veranda. Bring your own bedding. From £75 a night.'],
];
const wFacilities = [
  'Two heated shower blocks with free hot water, open 24 hours',
  'Family bathroom and an accessible wet room',
  'Laundry with two washers and a dryer (tokens from reception)',
  'Washing-up area and chemical disposal point',
  'Small shop with milk, bread, gas and firewood, open 8am to 6pm',
  'Wi-Fi around reception and the games barn',
];
const wRules = j(
  'Quiet time on site is from 10:30pm to 7am. Dogs are welcome on leads, up to two per pitch. Arrivals from 1pm, departures',
  'by 11am. We close from 1 November to 14 March.',
);
const rt = (cls: string, id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text"
data-testid="richTextElement">${inner.replace(/<(h\d|p|ul|li)>/g, `<$1 class="${cls} wixui-rich-text__text">`)}</div>`;
const wNav = ['Home', 'Book', 'Getting Here', 'Things to Do', 'Contact'];
const wNavHtml = wNav
  .map(
    (n) =>
      `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.campingbrookend.example/${n
        .toLowerCase()
        .replace(
          / /g,
          '-',
        )}" class="UiHgGh"><div class="itemDepth02233374943__root"><p class="StylableHorizontalMenu3372578893__label">${n}</p></div></a></li>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Pitches &amp; Facilities | Camping Brookend</title>
<meta name="description" content="Tent, hardstanding and riverside pitches, wood cabins and facilities at Camping Brookend."><meta property="og:site_name"
content="Camping Brookend">
<link rel="canonical" href="https://www.campingbrookend.example/pitches-facilities">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Campground","name":"Camping Brookend","openingHours":"Mo-Su 08:00-18:00"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"6f1c0a","isResponsive":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);} #comp-lxa7k2p{width:980px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer"
data-testid="mesh-container-content">
${rt('font_0', 'lxa7k0', '<p><a href="https://www.campingbrookend.example">Camping Brookend</a></p>')}
<nav id="comp-lxa7k1" aria-label="Site" class="comp-lxa7k1 wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">${wNavHtml}</ul></nav>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lxa7k2p" tabindex="-1" class="Oqnisf comp-lxa7k2p wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lxa7k2p"
data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-lxa7k2pinlineContent"
data-testid="inline-content">
${rt('font_0', 'lxa7k3', `<h1>${amp(wTitle)}</h1>`)}
${rt('font_8', 'lxa7k4', `<p><span class="wixui-rich-text__text">${wIntro}</span></p>`)}
<div id="comp-lxa7k5" class="MazNVa comp-lxa7k5 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lxa7k5" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lxa7k5","displayMode":"fill"}'><img
src="https://static.wixstatic.com/media/6f1c0a_meadow.jpg/v1/fill/w_980,h_420/meadow.jpg"
alt="Riverside pitches in the evening" style="width:980px;height:420px;object-fit:cover"></wow-image></div></div>
${rt('font_2', 'lxa7k6', '<h2>Our pitches</h2>')}
${wPitches.map(([h, p], i) => rt('font_8', `lxa7p${i}`, `<h3>${h}</h3><p>${p}</p>`)).join('\n')}
<div id="comp-lxa7k7" class="comp-lxa7k7 wixui-button" aria-disabled="false"><a data-testid="linkElement" href="https://www.campingbrookend.example/book"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Check availability</span></a></div>
${rt('font_2', 'lxa7k8', '<h2>Facilities</h2>')}
${rt('font_8', 'lxa7k9', `<ul>${wFacilities.map((f) => `<li><p>${f}</p></li>`).join('')}</ul>`)}
${rt('font_2', 'lxa7ka', '<h2>Good to know</h2>')}
${rt('font_8', 'lxa7kb', `<p>${wRules}</p>`)}
</div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${rt('font_9', 'lxa7kc', '<p>Camping Brookend, Aln Lane, Brookend NE66 9QT</p><p>01632 960 774 · stay@campingbrookend.example</p>')}
${rt('font_9', 'lxa7kd', '<p>© 2026 by Camping Brookend. Proudly created with Wix.com</p>')}
</div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page"><span
class="mHZSwn">bottom of page</span></div>
<div data-hook="consent-banner-root" class="cookie-banner-root"><div data-hook="ccsu-banner-wrapper" class="Banner_container"><div class="Banner_content">
<p data-hook="ccsu-banner-text" class="Banner_text">This website uses cookies. By accepting, you agree to our use of such cookies.
<a data-hook="consent-banner-privacy-policy-link" href="/privacy">Privacy Policy</a></p><div class="Banner_buttons">
<button data-hook="consent-banner-settings-button" class="Button_secondary">Settings</button><button data-hook="consent-banner-decline-button"
class="Button_secondary">Decline All</button><button data-hook="consent-banner-apply-button" class="Button_primary">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" crossorigin="anonymous"></script></body></html>`;
const wixCampsite: TestPage = {
  name: 'heldout474-wix-campsite-pitches',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Our pitches', ...wPitches.map(([h]) => h), 'Facilities', 'Good to know'],
  body: [wIntro, ...wPitches.map(([, p]) => p), ...wFacilities, wRules],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Camping Brookend', ...wNav, 'Check availability', 'Camping Brookend, Aln Lane, Brookend NE66 9QT',
    '01632 960 774 · stay@campingbrookend.example',
    '© 2026 by Camping Brookend. Proudly created with Wix.com', 'bottom of page',
    'This website uses cookies. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

const hTitle = 'Eight autumn walks that start at our front door';
const hBlocks: [string, string][] = [
  [
    'p',
    j(
      'Every October we are asked the same question at breakfast: where should we walk today? The Greywater sits where three valleys meet,',
      'so the answer depends on the weather, your knees and how much cake you want at the end. Here are the eight routes our staff walk',
      'themselves, all starting from the hotel steps, none needing a car.',
    ),
  ],
  ['h2', 'Short walks (under two hours)'],
  ['h3', '1. The Millrace loop'],
  [
    'p',
    j(
      'Three miles, almost flat. Follow the old millrace upstream to the weir, cross on the footbridge and come back through the beech',
      'woods on the far bank. In late October the beeches turn copper and the path is ankle-deep in leaves. Good for pushchairs as far as the weir.',
    ),
  ],
  ['h3', '2. Church Hill and back'],
  [
    'p',
    j(
      'A steep half hour up to St Ebba\u2019s church, with the best view of the hotel roofs and the lake beyond. Come down the',
      'lane past Hollins Farm, where the honesty box sells apples in season.',
    ),
  ],
  ['h3', '3. Lakeshore to the boathouse'],
  ['p', 'Four miles there and back along the shore path. The boathouse café is open at weekends until the end of October.'],
  ['h2', 'Half-day walks'],
  ['h3', '4. Over Scarth Fell'],
  [
    'p',
    j(
      'Seven miles with 450 metres of climbing. The path is clear but rough near the top; wear proper boots. On a good day you can',
      'see the sea from the cairn. Return by the Scarth Beck path and stop at the Drovers Arms in Lowthwaite for soup.',
    ),
  ],
  ['h3', '5. The three bridges'],
  ['p', 'Six miles linking the packhorse bridges at Ellers, Sparrow Gill and Haverthwaite. Muddy after rain, lovely in any light.'],
  ['h3', '6. Greywater Woods and the tarn'],
  [
    'p',
    j(
      'A favourite of our head gardener, Rosalind: five miles through the estate woods to Birk Tarn, where red squirrels are often seen',
      'at the feeding station in the mornings. Ask at reception for the gate code to the lower woods.',
    ),
  ],
  ['h2', 'Full-day walks'],
  ['h3', '7. The Valley Round'],
  ['p', 'Fourteen miles taking in all three valleys. Start early, take a map and tell reception your route before you leave.'],
  ['h3', '8. The Corpse Road to Ambleford'],
  [
    'p',
    j(
      'An old coffin route over the moor, eleven miles one way. Walk it with the wind at your back and catch the 4:40pm bus home;',
      'the stop is outside the Ambleford post office.',
    ),
  ],
  ['h2', 'Before you set off'],
  ['li', 'Packed lunches can be ordered the night before, for £12.50 each.'],
  ['li', 'The boot room by the side door has a drying cupboard and a hose.'],
  ['li', 'Maps for all eight walks are free at reception, and the routes are on our app.'],
  ['p', 'However far you go, afternoon tea is served in the lounge from 3pm until 5:30pm. You will have earned it.'],
];
const hBodyHtml = hBlocks
  .map(([t, s], i) => {
    if (t === 'li') return `${hBlocks[i - 1]?.[0] === 'li' ? '' : '<ul>'}<li>${amp(s)}</li>${hBlocks[i + 1]?.[0] === 'li' ? '' : '</ul>'}`;
    return t === 'h2' || t === 'h3' ? `<${t} id="${s.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${s}</${t}>` : `<p>${amp(s)}</p>`;
  })
  .join('\n');
const hNav = ['Stay', 'Eat & Drink', 'Spa', 'Weddings', 'Offers', 'Journal'];
const hTags = ['Walking', 'Autumn', 'Things to do'];
const hRelated = ['A weekend in the three valleys without a car', 'Meet Rosalind, our head gardener', 'What to pack for a winter break in the fells'];
const hFoot = ['Careers', 'Gift vouchers', 'Privacy policy', 'Cookie settings'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Eight walks from the Greywater Hotel, from a flat riverside loop to a fourteen-mile valley round.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><meta name="twitter:card"
content="summary_large_image">
<link rel="amphtml" href="https://www.greywaterhotel.example/journal/autumn-walks?hs_amp=true">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.greywaterhotel.example/hubfs/hub_generated/template_assets/1/9817236/1731000000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-10-02T08:15:00Z",
"author":{"@type":"Person","name":"Imogen Pascoe"}}</script>
<meta property="og:url" content="https://www.greywaterhotel.example/journal/autumn-walks"><link rel="canonical"
href="https://www.greywaterhotel.example/journal/autumn-walks">
</head><body><div class="body-wrapper hs-content-id-183920173 hs-blog-post hs-blog-id-99170233">
<div data-global-resource-path="greywater-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/greywater-logo.svg" class="hs-image-widget"
alt="The Greywater Hotel"></a></span></div></div>
<div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hNav
  .map(
    (n) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite${n === 'Journal' ? ' menu__item--active-branch' : ''}"><a class="menu__link"
href="/${n.toLowerCase().replace(/[^a-z]+/g, '-')}">${amp(n)}</a></li>`,
  )
  .join('\n')}</ul></nav></div>
<div class="header__button"><a class="button" href="https://book.greywaterhotel.example/">Book now</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.greywaterhotel.example/journal/author/imogen-pascoe">Imogen Pascoe</a>
<time datetime="2026-10-02 08:15:00" class="blog-post__timestamp">Oct 2, 2026 9:15:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${hBodyHtml}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b1c"><span class="hs-cta-node hs-cta-5b1c" id="hs-cta-5b1c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/99170233/5b1c"><img class="hs-cta-img" id="hs-cta-img-5b1c" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/99170233/5b1c.png" alt="Book our Walkers' Break: three nights from
£420"></a></span></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path
d="M0 252V48C0"></path></g></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/journal/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}</div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRelated
  .map(
    (r) => `<a class="blog-related-posts__post" href="/journal/${r.toLowerCase().replace(/[^a-z]+/g, '-')}"><div class="blog-related-posts__image"></div>
<h3 class="blog-related-posts__title">${r}</h3></a>`,
  )
  .join('\n')}</div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing"
class="new-comments"></div></div></div></div>
</div></div></main>
<div data-global-resource-path="greywater-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__newsletter"><h2>Letters from the valley</h2><p>One email a season, with offers for subscribers only.</p>
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><form class="hs-form stacked" id="hsForm_8f2a" action="" novalidate>
<div class="hs_email hs-email hs-form-field"><label id="label-email-8f2a" for="email-8f2a"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-8f2a" name="email" required type="email" class="hs-input" inputmode="email" autocomplete="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
<ul class="footer__links">${hFoot.map((f) => `<li><a href="/${f.toLowerCase().replace(/ /g, '-')}">${f}</a></li>`).join('')}</ul>
<p class="footer__copyright">© 2026 The Greywater Hotel, Greywater, Cumbria CA12 0XL</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region" data-hs-banner-version="1">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalised services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script>var hsVars =
{"portal_id":99170233,"app_hs_base_url":"https://app.hubspot.com"};</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/99170233.js"></script></body></html>`;
const hubspotBlog: TestPage = {
  name: 'heldout474-hubspot-hotel-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hBlocks.filter(([t]) => t === 'h2' || t === 'h3').map(([, s]) => s),
  body: texts(hBlocks.filter(([t]) => t === 'p' || t === 'li').map(([, s]) => s)),
  bylines: ['Imogen Pascoe', 'Oct 2, 2026 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...hNav, 'Book now', ...hTags, 'Related posts', ...hRelated, 'Letters from the valley',
    'One email a season, with offers for subscribers only.',
    'Email*', ...hFoot, '© 2026 The Greywater Hotel, Greywater, Cumbria CA12 0XL',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ]),
};

export const HELDOUT474_B: readonly TestPage[] = [wixCampsite, hubspotBlog];
