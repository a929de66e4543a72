import { ps, type TestPage, texts } from './page-kit.js';
import { zendeskArticle } from './pages-heldout322-e2.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file e: a physiotherapy clinic's exercise guide built with the Wix editor, a page-builder page (Thunderbolt
 * markup: SITE_HEADER with the horizontal menu and a "Book Now" button, absolutely placed comp-* rich-text boxes for each
 * exercise, image galleries with captions, a disclaimer strip, a "Book an assessment" box, the footer with address and
 * opening hours, and the Wix consent banner) and, from file e2, a wearable maker's Zendesk Help Center article. The
 * "Reviewed by" and "Last updated" lines are bylines; the safety note at the top of the guide is body.
 */
const wTitle = 'Knee Pain? Five Exercises to Start Strengthening at Home';
const wP0 = [
  j(
    'Most knee pain we see in clinic, especially pain at the front of the knee when climbing stairs or after running, improves when',
    'the muscles around the hip and thigh get stronger. These five exercises are the ones our physiotherapists give most often in',
    'the first weeks of a programme.',
  ),
  j(
    'Do them three times a week. Mild discomfort, up to about 3 out of 10, is acceptable and should settle by the next morning. If',
    'pain is sharp, builds during the exercise or is worse the following day, stop and speak to your physiotherapist.',
  ),
];
const wEx: readonly (readonly [string, readonly string[]])[] = [
  [
    '1. Straight leg raise',
    [
      j(
        'Lie on your back with one knee bent and the other leg straight. Tighten the thigh of the straight leg, lift it to the height',
        'of the bent knee, hold for two seconds and lower slowly.',
      ),
      'Start with 3 sets of 10 on each side.',
    ],
  ],
  [
    '2. Clam shells',
    [
      j(
        'Lie on your side with knees bent and heels together. Keeping your feet touching, lift the top knee without rolling your',
        'pelvis backwards. You should feel this in the side of your hip, not your back.',
      ),
      'Add a light resistance band around the knees when 3 sets of 15 feel easy.',
    ],
  ],
  [
    '3. Sit to stand',
    [
      j(
        'Sit on a firm chair, feet hip-width apart. Stand up without using your hands, then sit back down slowly, taking three seconds',
        'to lower. Keep your knees in line with your second toe.',
      ),
      'Use a higher seat if this is painful, and lower it as you get stronger.',
    ],
  ],
  [
    '4. Step-ups',
    [
      j(
        'Step up onto the bottom stair with your affected leg, straighten fully at the top, and step down with the other leg under',
        'control. Hold the banister for balance if you need to.',
      ),
    ],
  ],
  [
    '5. Calf raises',
    [
      j(
        'Stand holding a wall or worktop and rise up onto your toes, then lower slowly over three seconds. Strong calves take load off',
        'the knee when walking downhill and on stairs.',
      ),
    ],
  ],
];
const wP1 = ['Most people notice a difference within four to six weeks. Keep a simple record of:'];
const wL1 = ['which exercises you did and how many repetitions', 'your pain score during and the morning after', 'stairs or walks that felt easier'];
const wH = [...wEx.map((e) => e[0]), 'How to track your progress'];
const wWarm = 'Always warm up with five minutes of walking first.';
const wBody = [...wP0, wWarm, ...wEx.flatMap((e) => e[1]), ...wP1, ...wL1];
const wNav = ['Home', 'Treatments', 'Exercise Guides', 'Our Team', 'Prices', 'Contact'];
const wCaps = ['Straight leg raise: keep the thigh tight throughout', 'Sit to stand from a dining chair'];
let comp = 0;
const box = (inner: string, tag = 'p', cls = 'font_8'): string => {
  comp += 1;
  const id = `comp-lq${(comp * 48271).toString(36)}`;
  return `<div id="${id}" class="HcOXKn SxM0TO QxJLC3 lq4cu8 ${id} wixui-rich-text" data-testid="richTextElement"><${tag} class="${cls}
wixui-rich-text__text"><span class="wixui-rich-text__text">${inner}</span></${tag}></div>`;
};
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"/>
<title>Knee Pain Exercises | Brightwater Physiotherapy</title><meta name="description" content="Five home exercises our physiotherapists use for knee pain."/>
<link rel="canonical" href="https://www.brightwaterphysio.example/knee-exercises"/>
<meta property="og:title" content="Knee Pain Exercises | Brightwater Physiotherapy"/>
<meta property="og:site_name" content="Brightwater Physiotherapy"/><meta property="og:type" content="website"/>
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"5e2c1d9a","siteId":"b71f",
"externalBaseUrl":"https://www.brightwaterphysio.example"},
"language":{"siteLanguage":"en"},"requestUrl":"https://www.brightwaterphysio.example/knee-exercises"}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Physiotherapy","name":"Brightwater Physiotherapy",
"telephone":"01632 960 771"}</script>
<style id="css_masterPage">#comp-lq1a{--rd:0px;}#SITE_HEADER{--bg:255,255,255;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage"
class="mesh-layout masterPage css-editing-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX"
data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${box('Brightwater Physiotherapy', 'p', 'font_2')}
<nav id="comp-kx7hd2u1" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0"><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label
wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-kx7hd9b2" class="comp-kx7hd9b2 FubTgk wixui-button" aria-disabled="false"><a data-testid="linkElement" href="/book-online"
class="uDW_Qe wixui-button" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book Now</span></a></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div
id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<section id="comp-lq7x01" tabindex="-1" class="Oqnisf comp-lq7x01 wixui-section" data-block-level-container="ClassicSection"><div
data-mesh-id="comp-lq7x01inlineContent" data-testid="inline-content">
${box(wTitle, 'h1', 'font_0')}
${box('Reviewed by Tamsin Okoro, Chartered Physiotherapist', 'p', 'font_9')}
${wP0.map((p) => box(p)).join('\n')}
<div id="comp-lq7x08" class="comp-lq7x08 wixui-box"><div data-testid="container-bg"></div>${box(wWarm, 'p', 'font_7')}</div>
</section>
${wEx
  .map(
    ([h, paras], i) => `<section id="comp-lq8ex${i}" class="Oqnisf comp-lq8ex${i} wixui-section" data-block-level-container="ClassicSection">
${box(h, 'h2', 'font_4')}
${paras.map((p) => box(p)).join('\n')}
${
  i < 2
    ? `<div id="comp-lq8img${i}" class="MazNVa comp-lq8img${i} wixui-image" title=""><div data-testid="linkElement" class="j7pOnl"><wow-image
class="HlRz5e BI8PVQ" data-image-info="{}" data-bg-effect-name=""><img src="https://static.wixstatic.example/media/knee-${i}.jpg/v1/fill/w_480,h_320/knee.jpg"
alt="" style="width:480px;height:320px;object-fit:cover"/></wow-image></div></div>
${box(wCaps[i] ?? '', 'p', 'font_9')}`
    : ''
}</section>`,
  )
  .join('\n')}
<section id="comp-lq9trk" class="Oqnisf comp-lq9trk wixui-section">${box(wH[5] ?? '', 'h2', 'font_4')}
<div id="comp-lq9trk2" class="HcOXKn SxM0TO QxJLC3 comp-lq9trk2 wixui-rich-text" data-testid="richTextElement">
${ps(wP1, ' class="font_8 wixui-rich-text__text"')}
<ul class="font_8 wixui-rich-text__text">${wL1.map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t}</p></li>`).join('\n')}
</ul></div>
${box('Last updated: 12 January 2026', 'p', 'font_9')}
</section>
<section id="comp-lqa0bk" class="Oqnisf comp-lqa0bk wixui-section">${box('Still struggling with knee pain?', 'h2', 'font_5')}
${box('Book an assessment with one of our physiotherapists. Same-week appointments, no GP referral needed.')}
<div id="comp-lqa0bt" class="comp-lqa0bt FubTgk wixui-button"><a data-testid="linkElement" href="/book-online" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">Book an Assessment</span></a></div>
${box('This guide is general information and not a substitute for an individual assessment.', 'p', 'font_9')}</section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content">
${box('Brightwater Physiotherapy, 14 Harbour Street, Pellingford PL7 3AX')}
${box('Mon to Fri 7.30 am to 8 pm · Sat 8 am to 1 pm')}
${box('© 2026 by Brightwater Physiotherapy. Proudly created with Wix.com')}</div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="ccsu-banner-wrapper" class="_3sKkC" role="dialog" aria-label="Cookie banner"><div class="_1jjY2"><p
data-hook="ccsu-banner-text" class="_2Zc8L">This website uses cookies. By accepting, you agree to our use of such cookies. <a href="/privacy-policy"
data-hook="ccsu-banner-policy-link">Privacy Policy</a></p><div class="_3PnHO"><button data-hook="ccsu-banner-settings-button">Settings</button><button
data-hook="ccsu-banner-decline-button">Decline</button><button data-hook="ccsu-banner-accept-button">Accept</button></div></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.0a1b2c.bundle.min.js"></script></body></html>`;
const wixPhysio: TestPage = {
  name: 'heldout322-wix-physio-guide',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts(wBody),
  bylines: ['Reviewed by Tamsin Okoro, Chartered Physiotherapist', 'Last updated: 12 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Brightwater Physiotherapy', ...wNav, 'Book Now', ...wCaps, 'Still struggling with knee pain?',
    'Book an assessment with one of our physiotherapists. Same-week appointments, no GP referral needed.', 'Book an Assessment',
    'This guide is general information and not a substitute for an individual assessment.',
    'Brightwater Physiotherapy, 14 Harbour Street, Pellingford PL7 3AX', 'Mon to Fri 7.30 am to 8 pm · Sat 8 am to 1 pm',
    '© 2026 by Brightwater Physiotherapy. Proudly created with Wix.com',
    'This website uses cookies. By accepting, you agree to our use of such cookies. Privacy Policy', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT322_E: readonly TestPage[] = [wixPhysio, zendeskArticle];
