import { links, ps, type TestPage } from './page-kit.js';
import { at, clean, j } from './pages-heldout470-kit.js';

/**
 * Held-out batch 470, file b: a tattoo studio's long aftercare guide on WordPress (Hello Elementor, Elementor Pro header and
 * footer, CookieYes banner), and a salon's booking page in the style of Fresha (Next.js), which is in file b2.
 */
const eTitle = 'Tattoo Aftercare: The Complete Guide';
const eDek = 'Your artist did their part. The next four weeks are yours. Follow this guide and your tattoo will heal clean, bright and sharp.';
const eSecs: [string, string[], string[]][] = [
  [
    'The first 24 hours',
    [
      j(
        'You will leave the studio with your tattoo covered by a clear second-skin film (we use Saniderm or a similar breathable dressing).',
        'Leave it on. It keeps bacteria out while the skin closes over, and the plasma and ink that collect under it are normal.',
      ),
      j(
        'If the film lifts at the edges and lets water in, or if fluid leaks out from under it, take it off early and follow the washing',
        'steps below. Otherwise keep it on until the following evening.',
      ),
    ],
    [],
  ],
  [
    'Removing the film',
    [
      j(
        'Take the film off in a warm shower, 24 to 48 hours after your appointment. Let the water run over it for a minute, find a corner',
        'and peel it back slowly, low and close to the skin, stretching it along the skin rather than pulling it up.',
      ),
    ],
    [],
  ],
  [
    'Washing your tattoo',
    [
      j(
        'Wash the tattoo twice a day for the first two weeks. Use clean hands, lukewarm water and a fragrance-free liquid soap. Work up a',
        'lather in your hands, not on the tattoo, and wash it gently with your fingertips. Never use a cloth, sponge or loofah.',
      ),
      'Pat it dry with a fresh paper towel. Bathroom towels carry bacteria, even clean ones, so keep them away for the first fortnight.',
    ],
    [],
  ],
  [
    'Moisturising',
    [
      j(
        'Once the tattoo is dry, wait ten minutes and then apply a very thin layer of unscented moisturiser. It should disappear into the',
        'skin within a minute or two. If the tattoo looks shiny or wet afterwards, you have used too much: blot it off with a paper towel.',
      ),
      'Products our artists trust:',
    ],
    [
      'Fragrance-free aqueous cream or a plain emollient from the chemist',
      'A tattoo balm without petroleum jelly',
      'Coconut oil only if you already know it does not irritate your skin',
    ],
  ],
  [
    'Days 4 to 14: peeling and itching',
    [
      j(
        'Around day four your tattoo will start to flake, a bit like a sunburn. Colour may come away with the flakes and the tattoo can look',
        'cloudy or dull. This is normal. The milky layer is new skin, and it clears over the following weeks.',
      ),
      j(
        'It will itch. Do not scratch, pick or peel the flakes, however tempting: pulling a flake off early takes the ink underneath with it.',
        'A light slap or a cool compress through clean kitchen roll will take the edge off.',
      ),
    ],
    [],
  ],
  [
    'What to avoid for four weeks',
    [],
    [
      'Swimming pools, the sea, baths and hot tubs',
      'Direct sun and sunbeds; after healing, always use SPF 50 on your tattoo',
      'Tight clothing that rubs, especially waistbands and straps',
      'The gym for the first 48 hours, and any exercise that stretches the area hard for a week',
      'Pets sleeping on or near a fresh tattoo',
    ],
  ],
  [
    'Signs of infection',
    [
      j(
        'Some redness, swelling and warmth for two or three days is part of healing. Contact your GP, and let us know, if the redness spreads',
        'or gets worse after day three, if you see yellow or green discharge, if the area smells bad, or if you have a fever.',
      ),
      'An allergic reaction to ink is rare and usually shows up as raised, itchy bumps in one colour. Send us a photo and we will advise.',
    ],
    [],
  ],
  [
    'Free touch-ups',
    [
      j(
        'Every tattoo heals a little differently. If you see patches that have healed light after six weeks, message the studio with a',
        'photo in good daylight and we will book you a free touch-up within the first three months. Touch-ups are not free on hands,',
        'fingers or feet, which lose ink quickly whoever does the work.',
      ),
    ],
    [],
  ],
];
const eNav = ['Home', 'Artists', 'Portfolio', 'Aftercare', 'FAQ', 'Contact'];
const eFoot = ['Black Lantern Tattoo Co.', '9 Tannery Lane, Hollinsford', 'Open Tuesday to Saturday, 11am – 7pm', 'Privacy Policy', 'Terms'];
const eCookie = [
  'We value your privacy',
  j(
    'We use cookies to enhance your browsing experience, serve personalized ads or content, and analyze our traffic. By clicking',
    '"Accept All", you consent to our use of cookies.',
  ),
  'Customize',
  'Reject All',
  'Accept All',
];
const eW = (
  type: string,
  id: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eIcons = (items: string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check" viewBox="0 0 512 512"><path d="M173 439"></path></svg></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eSecHtml = eSecs
  .map(([h, paras, items], i) => {
    const list = items.length === 0 ? '' : eW('icon-list', `c${i}a`, eIcons(items));
    const text = paras.length === 0 ? '' : eW('text-editor', `c${i}b`, ps(paras));
    return `<div class="elementor-element elementor-element-s${i} e-con-full e-flex e-con e-child" data-id="s${i}" data-element_type="container">
${eW('heading', `c${i}h`, `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`)}${text}${list}</div>`;
  })
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tattoo Aftercare: The Complete Guide &#8211; Black Lantern Tattoo Co.</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="https://blacklanterntattoo.co.uk/aftercare/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"isPartOf":{"@id":"https://blacklanterntattoo.co.uk/#website"},"dateModified":"2027-02-03T10:12:44+00:00"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://blacklanterntattoo.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='hello-elementor-css' href='https://blacklanterntattoo.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<style id='cky-style-inline-css'>.cky-consent-container{position:fixed;width:440px;box-sizing:border-box;z-index:9999999}</style>
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/4f1c2b/script.js"></script></head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">${at(eCookie, 0)}</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>${at(eCookie, 1)}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customize"
data-cky-tag="settings-button">Customize</button><button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-7a1d e-flex e-con-boxed e-con e-parent" data-id="7a1d" data-element_type="container"><div class="e-con-inner">
${eW(
  'theme-site-logo',
  '1b2c',
  `<a href="https://blacklanterntattoo.co.uk">
<img width="220" height="64" src="https://blacklanterntattoo.co.uk/wp-content/uploads/2024/03/logo.svg" alt=""></a>`,
)}
${eW(
  'nav-menu',
  '1b2d',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-1b2d" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-1b2d" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
)}
${eW(
  'button',
  '1b2e',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a consultation</span></span></a></div>`,
)}
</div></div></div>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
<div class="elementor-element elementor-element-3f2a e-flex e-con-boxed e-con e-parent" data-id="3f2a" data-element_type="container"><div class="e-con-inner">
${eW('heading', '5c1a', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('text-editor', '5c1b', `<p><strong>${eDek}</strong></p>`)}
${eW(
  'button',
  '5c1c',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-sm" href="/wp-content/uploads/2027/01/aftercare.pdf">
<span class="elementor-button-text">Download the printable PDF</span></a></div>`,
)}
${eSecHtml}
${eW(
  'call-to-action',
  '5c1d',
  `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-content-item">Still not sure?</h3>
<div class="elementor-cta__description elementor-content-item">Message us on Instagram or call the studio, and send a photo.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-sm" href="/contact/">Contact the studio</a></div>
</div></div>`,
)}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-8e2f e-flex e-con-boxed e-con e-parent" data-id="8e2f" data-element_type="container"><div class="e-con-inner">
${eW('text-editor', '9a01', ps(eFoot.slice(0, 3)))}${eW(
  'nav-menu',
  '9a02',
  `<nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(eFoot.slice(3))}</ul></nav>`,
)}
${eW('text-editor', '9a03', `<p>© 2027 Black Lantern Tattoo Co. All rights reserved.</p>`)}</div></div></div>
<script src="https://blacklanterntattoo.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.21.4"};</script>
</body></html>`;
const elementor: TestPage = clean({
  name: 'heldout470-elementor-tattoo-aftercare',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map(([h]) => h),
  body: [eDek, ...eSecs.flatMap(([, paras, items]) => [...paras, ...items])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eCookie, ...eNav, 'Book a consultation', 'Download the printable PDF', 'Still not sure?',
    'Message us on Instagram or call the studio, and send a photo.', 'Contact the studio', ...eFoot, '© 2027 Black Lantern Tattoo Co. All rights reserved.',
  ],
});

export const HELDOUT470_B: readonly TestPage[] = [elementor];
