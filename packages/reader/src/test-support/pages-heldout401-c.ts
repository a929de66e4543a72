import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout401-kit.js';
import { irs } from './pages-heldout401-c2.js';

/**
 * Held-out batch 401, file c: the first page of a state benefits eligibility checker built as a Next.js app (CSS-module class
 * names, the `__next` root, the `__NEXT_DATA__` script, a language picker, a progress indicator, the "Start the checker"
 * button, a time estimate, a chat launcher and an app footer), a page whose main text is short and sits in framework markup;
 * and, from file c2, an IRS-style form instructions page.
 */
const bTitle = 'Find out what help you may be able to get';
const bIntro = [
  j(
    'Answer a few questions about your household to see which Kessington state programs you may qualify for. The checker covers food',
    'assistance, home heating help, child care costs, health coverage and the Working Families Tax Credit.',
  ),
  'This is not an application. Your results will tell you which programs to apply for and how to apply.',
];
const bAsk = ['We will ask about:'];
const bAskList = [
  'who lives in your home and their ages',
  'your household’s income before taxes, including work, child support and unemployment benefits',
  'what you pay each month for rent or mortgage, utilities and child care',
  'whether anyone in your home is pregnant, has a disability or is 60 or older',
];
const bPrivacy = [
  j(
    'We do not ask for your name, Social Security number or address, and we do not save your answers after you close this page.',
    'Your answers are not shared with any agency unless you choose to start an application.',
  ),
  j('Results are estimates based on the rules for 2026. The agency that runs each program will make the final decision when you', 'apply.'),
];
const bHelp = [
  j(
    'If you would rather talk to someone, call the Kessington Benefits Line at 1-800-555-0148, Monday to Friday, 8 a.m. to 6 p.m.',
    'Interpreters are available in more than 200 languages at no cost.',
  ),
];
const bHeadings = ['Before you begin', 'Your privacy', 'Need help?'];
const bNav = ['Home', 'Programs', 'Apply', 'Check my case', 'Get help'];
const bFoot = ['Accessibility', 'Privacy policy', 'Terms of use', 'Nondiscrimination notice', 'Contact us'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benefits Checker | Kessington Department of Human Services</title>
<meta name="description" content="See which food, heating, child care and health programs you may qualify for. Takes about 10 minutes."><meta
name="next-head-count" content="5">
<link rel="preload" href="/_next/static/css/7a1c5e0d2b9e4f18.css" as="style"><link rel="stylesheet" href="/_next/static/css/7a1c5e0d2b9e4f18.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-0c7baedefba6b077.js"
defer=""></script>
<script src="/_next/static/chunks/pages/checker-3f1b9d0e8c2a7b41.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebApplication",
"name":"Benefits Checker","applicationCategory":"GovernmentService",
"provider":{"@type":"GovernmentOrganization","name":"Kessington Department of Human Services"}}</script></head>
<body><div id="__next"><div class="Layout_wrapper__kX2pQ"><a class="SkipLink_skip__9fQ2r" href="#main">Skip to content</a>
<div class="OfficialBanner_banner__Zp1aL" role="region" aria-label="Official government website"><span>An official website of the State of
Kessington</span></div>
<header class="Header_header__3Hh8v"><div class="Header_inner__b1Wqe"><a class="Header_logo__R2vGm" href="/"><img
alt="Kessington Department of Human Services logo"
src="/_next/static/media/khs-logo.4c1e2a.svg" width="180" height="40" decoding="async" data-nimg="1"></a>
<nav class="Header_nav__Jx0Uc" aria-label="Main"><ul class="Header_navList__q8Y3s">${links(bNav, 'Header_navItem__c7KpT')}</ul></nav>
<div class="LanguagePicker_root__Wm4sD"><label class="LanguagePicker_label__L1o0P" for="lang">Language</label><select id="lang"
class="LanguagePicker_select__6sY2a">
<option value="en" selected="">English</option><option value="es">Español</option><option value="vi">Tiếng Việt</option><option value="so">Soomaali</option>
</select></div></div></header>
<main id="main" class="Checker_main__t0Pq4"><div class="Checker_container__XvB1n"><div class="Progress_root__F5m9j" aria-label="Progress"><span
class="Progress_label__rT2xc">Step 1 of 6</span><div class="Progress_bar__8WqLk" style="width:16%"></div></div>
<div class="Hero_hero__N7bPd"><h1 class="Hero_title__y4VqA">${bTitle}</h1><p class="Hero_meta__Kq0eD"><span class="Icon_clock__uD3s1"
aria-hidden="true"></span>Takes
about 10 minutes</p></div>
<div class="Prose_prose__hw9Ga">${ps(bIntro)}
<h2 class="Prose_h2__fV1rE">${bHeadings[0] ?? ''}</h2>${ps(bAsk)}<ul class="Prose_list__X2mUc">${lis(bAskList)}</ul>
<div class="Callout_callout__Ze0sN Callout_info__tRg1w" role="note"><strong class="Callout_title__k9LpQ">Tip</strong><p>Have a recent pay stub or benefit
letter nearby.</p></div>
<h2 class="Prose_h2__fV1rE">${bHeadings[1] ?? ''}</h2>${ps(bPrivacy)}
<h2 class="Prose_h2__fV1rE">${bHeadings[2] ?? ''}</h2>${ps(bHelp)}</div>
<div class="Actions_actions__2oVwM"><button type="button" class="Button_button__hQ4sT Button_primary__1eR9m">Start the checker</button><a
class="Button_button__hQ4sT Button_link__p0Zc7" href="/apply">Skip to applications</a></div></div></main>
<div class="ChatLauncher_root__3gQpA"><button class="ChatLauncher_button__xM8eR" aria-label="Open chat">Chat with us</button></div>
<footer class="Footer_footer__Gq2hU"><div class="Footer_inner__Vd7oL"><ul class="Footer_links__Ma1kS">${links(bFoot, 'Footer_link__s0xTz')}</ul>
<p class="Footer_copy__Zc4Wn">© 2026 State of Kessington. Department of Human Services, 410 Capitol Way, Ardenne, KS 60021.</p></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"step":1,"totalSteps":6,"locale":"en","programs":["snap","liheap","ccap","medicaid",
"wftc"]},"__N_SSG":true},"page":"/checker","query":{},"buildId":"kX9w2fRq7Tz1","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const benefits: TestPage = {
  name: 'heldout401-nextjs-benefits-checker',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bHeadings,
  body: texts([...bIntro, ...bAsk, ...bAskList, ...bPrivacy, ...bHelp]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'An official website of the State of Kessington', ...bNav, 'Language', 'English', 'Español', 'Tiếng Việt', 'Soomaali', 'Step 1 of 6',
    'Takes about 10 minutes', 'Tip', 'Have a recent pay stub or benefit letter nearby.', 'Start the checker', 'Skip to applications', 'Chat with us',
    ...bFoot, '© 2026 State of Kessington. Department of Human Services, 410 Capitol Way, Ardenne, KS 60021.',
  ],
};

export const HELDOUT401_C: readonly TestPage[] = [benefits, irs];
