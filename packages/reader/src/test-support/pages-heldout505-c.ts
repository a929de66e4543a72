import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout505-kit.js';

/**
 * Held-out batch 505, file c: a teachers' credit union's fraud warning on the HubSpot CMS blog (hs_cos_wrapper modules, a
 * subscribe form, tags and related posts), and a community bank's home loan page built with Wix (rich text and button elements).
 */
const hTitle = 'Scam alert: fake texts that look like they come from our fraud team';
const hBody = [
  j(
    'Over the past week, dozens of members have told us about text messages that appear to come from Northgate Teachers Credit Union.',
    'The texts say a large purchase was flagged on your debit card and ask you to reply YES or NO. If you reply, a caller who claims to',
    'work in our fraud department phones you within minutes.',
  ),
  j(
    'The caller already knows your name and sometimes the last four digits of your card. They say they need to “verify” you, send you a',
    'one-time passcode and ask you to read it back. That code is the key they need to sign in to your online banking or to add your card',
    'to their own phone.',
  ),
  'How to spot the scam',
  'We will never ask you to read back a passcode we sent you, not even to stop a charge.',
  'We will never ask you to move money to a “safe account” to protect it.',
  'Our real fraud alerts come from the short code 72841 and never include a link.',
  'Caller ID can be faked. A call that shows our number is not proof that it is us.',
  'What to do if you answered',
  j(
    'Call us right away at the number on the back of your card, or visit any branch. We will lock your card, reset your online banking',
    'password and review recent activity with you. The sooner you call, the more likely we can stop a transfer before it settles.',
  ),
  j(
    'You can also report the text to your mobile carrier by forwarding it to 7726 (SPAM), and file a report with the Federal Trade',
    'Commission. Reports help carriers block the numbers these groups use.',
  ),
  j(
    'Fraud against our members rose in the fall, and most of it began with a phone call or text rather than a stolen card. Taking ten',
    'seconds to hang up and call us back is still the best protection there is.',
  ),
];
const hNav = ['Checking & Savings', 'Loans', 'Digital Banking', 'Join', 'Blog'];
const hTags = ['Fraud Prevention', 'Security'];
const hRel = ['Five settings to turn on in our mobile app today', 'What happens when you dispute a card charge', 'How we protect your data'];
const hFoot = ['Contact', 'Privacy Policy', 'Website Accessibility', 'Careers'];
const hwrap = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const hArticle = `${ps(at(hBody, 0, 1))}<h2>${hBody[2]}</h2><ul>${lis(hBody.slice(3, 7))}</ul><h2>${hBody[7]}</h2>${ps(hBody.slice(8))}`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.northgatetcu.org/hubfs/favicon.png"><meta name="description" content="Fraudsters are texting members and posing
as our fraud department. Here is how the scam works and what to do."><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.northgatetcu.org/blog/scam-alert-fake-fraud-texts">
<link rel="stylesheet" href="https://www.northgatetcu.org/hubfs/hub_generated/template_assets/1/81112233/1763499911/template_main.min.css">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-191234567 hs-blog-post hs-blog-id-81003344">
<div data-global-resource-path="northgate-theme/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip
to content</a><div class="header__alert"><div id="hs_cos_wrapper_alert" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><p>Routing number: 211870442</p></div></div><div class="header__container content-wrapper">
<div class="header__logo"><a href="/"><img src="https://www.northgatetcu.org/hubfs/ntcu-logo.svg" alt="Northgate Teachers Credit Union" width="200"></a></div>
<div class="header__navigation"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="term">Search</label><input type="text" class="hs-search-field__input" name="term" placeholder="Search"></form></div>
<div class="header__button"><a class="button" href="https://online.northgatetcu.org">Log In</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hwrap('name', 'text', hTitle)}</h1><div class="blog-post__meta"><a href="/blog/author/marcus-ebbing"
class="blog-post__author">Marcus Ebbing</a><time datetime="2026-11-21 14:30:00" class="blog-post__timestamp">Nov 21, 2026 9:30:00 AM</time></div>
<div class="blog-post__body">${hwrap('post_body', 'rich_text', hArticle)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path
d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118"/></g></svg>${hTags
  .map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(' ', '-')}" rel="tag">${t}</a>`)
  .join(',\n')}</div></article>
<section class="blog-subscribe"><div id="hs_cos_wrapper_blog_subscription" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><h3
class="form-title">Get scam alerts by email</h3><div id="hs_form_target_blog_subscription"><form class="hs-form stacked" novalidate><div class="hs_email
hs-email hs-fieldtype-text field hs-form-field"><label for="email-1">Email<span class="hs-form-required">*</span></label><div class="input"><input id="email-1"
name="email" type="email" class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" value="Subscribe"
class="hs-button primary large"></div></div></form></div></div></section>
<section class="blog-related-posts"><div class="content-wrapper"><h2>You might also like</h2><div class="blog-related-posts__list">${hRel
  .map((t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/blog/${t.length}"><h3>${t}</h3></a></div>`)
  .join('\n')}</div></div></section></div></div></main>
<div data-global-resource-path="northgate-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav aria-label="Footer menu"><ul>${links(hFoot, 'menu-item')}</ul></nav><p>Federally insured by NCUA. Equal Housing Opportunity.</p>
<p>© 2026 Northgate Teachers Credit Union</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-region="1" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group">
<a aria-label="Accept" id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a aria-label="Decline" id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script>var hsVars = {render_id: "c4b1e1a9", ticks: 1763499911, page_id: 191234567, content_group_id: 81003344, portal_id: 22334455};</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/22334455.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout505-hubspot-fraud-alert',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: at(hBody, 2, 7),
  body: texts(hBody.filter((_, i) => i !== 2 && i !== 7)),
  bylines: ['Marcus Ebbing', 'Nov 21, 2026 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Routing number: 211870442', ...hNav, 'Search', 'Log In', ...hTags, 'Get scam alerts by email', 'Email',
    'You might also like', ...hRel, ...hFoot, 'Federally insured by NCUA. Equal Housing Opportunity.', '© 2026 Northgate Teachers Credit Union',
    j('This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
      'personalized services to you.'), 'Accept', 'Decline',
  ],
};

const wTitle = 'Home Loans';
const wDek = j(
  'Buying your first home, moving up or refinancing, our lenders live and work in the Fennick Valley and make their decisions here,',
  'not in a call center.',
);
const wOpts = [
  ['Fixed-rate mortgages', 'Terms of 15, 20 and 30 years with a payment that never changes. We keep most of our loans and service them ourselves.'],
  ['Adjustable-rate mortgages', 'A lower starting rate fixed for 5 or 7 years, then adjusted once a year with caps on every change.'],
  ['First-time buyer program', 'As little as 3% down, no private mortgage insurance and up to $2,500 toward closing costs for buyers in their first home.'],
  ['Construction and lot loans', 'One closing for the land, the build and the permanent mortgage, with draws paid to your builder as the work is inspected.'],
] as const;
const wSteps = [
  'Apply online or at a branch. It takes about 20 minutes.',
  'Get a pre-approval letter, usually within one business day.',
  'Choose your home and send us the signed purchase agreement.',
  'We order the appraisal and title work and keep you posted each week.',
  'Sign at our office or at the title company and get your keys.',
];
const wAfter = j(
  'Our loans are underwritten and closed locally, and most closings happen within 30 days of a signed purchase agreement. If your loan',
  'is sold, we keep the servicing, so you still make your payments to us.',
);
const wH2 = ['Loan options', 'How the process works'];
const wNav = ['Home', 'Personal', 'Business', 'Mortgage', 'About', 'Contact'];
const wOfficer = ['Talk with a local lender', 'Renata Solvik', 'Mortgage Loan Officer · NMLS #2044187', '(555) 012-4410'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (n: number, t: string): string => `<h${n} class="font_${n} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h${n}>`;
const btn = (id: string, t: string): string => `<div class="comp-${id} R6ex7N" id="comp-${id}" aria-disabled="false"><a data-testid="linkElement"
href="https://www.fennickprairiebank.com/apply" target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn
wixui-button__label">${t}</span></a></div>`;
const section = (id: string, inner: string): string => `<section id="comp-${id}" tabindex="-1" class="Oqnisf comp-${id} wixui-section"
data-block-level-container="ClassicSection"><div id="bgLayers_comp-${id}" data-hook="bgLayers" data-motion-part="BG_LAYER comp-${id}" class="MW5IWV">
<div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-${id}inlineContent" data-testid="inline-content" class="">
<div data-mesh-id="comp-${id}inlineContent-gridContainer" data-testid="mesh-container-content">${inner}</div></div></section>`;
const wMenu = wNav.map(
  (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItem"><a data-testid="linkElement" href="/${t.toLowerCase()}"
class="HlRz5e"><div class="zKbzSQ"><div class="" data-testid="itemWrapper"><p class="" data-testid="menuItemText">${t}</p></div></div></a></li>`,
);
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder">
<link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/4f9a1c_favicon.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/favicon.png">
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"a1c2","siteId":"9b7e"},"language":{"userLanguage":"en"},"requestUrl":
"https://www.fennickprairiebank.com/home-loans"}</script><title>Home Loans | Fennick Prairie Bank</title>
<meta name="description" content="Fixed, adjustable, first-time buyer and construction loans from Fennick Prairie Bank."><meta property="og:title"
content="Home Loans | Fennick Prairie Bank">
<style data-href="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">
.KcpHeO{word-wrap:break-word}.R6ex7N{--display:flex}.LHrbPP{background:#fff;left:50%;position:fixed;top:60px;transform:translateX(-50%);z-index:-1}
</style></head><body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"
tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout"><!--$--><div id="SKIP_TO_CONTENT_BTN"
class="LHrbPP" tabindex="0" role="button" aria-label="skip to content">Skip to Main Content</div><!--/$-->
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="XvQ3FE"><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content"><div class="" data-testid="mesh-container-content"><!--$--><div id="comp-lhx1logo" class="comp-lhx1logo"><a
href="https://www.fennickprairiebank.com" data-testid="linkElement" class="j7pOnl"><img src="https://static.wixstatic.com/media/4f9a1c_logo.png"
alt="Fennick Prairie Bank logo"></a></div><!--/$--><!--$--><nav id="comp-lhx1menu" aria-label="Site" class="comp-lhx1menu
wixui-horizontal-menu"><ul class="ryvcvq" data-testid="menu-ul">${wMenu.join('\n')}</ul></nav><!--/$-->${btn('lhx1login', 'Online Banking')}</div></div></div>
</header><main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div class="AnQkDU"><div id="mb7r2"
class="dBAkHi mb7r2"><div class="PFkO7r wN7ZG_" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containermb7r2" class="Containermb7r2
SPY_vo"><div data-mesh-id="Containermb7r2inlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containermb7r2inlineContent-gridContainer"
data-testid="mesh-container-content">
${section(
  'lq3x0',
  `${rt('lq3x1', wh(1, wTitle))}${rt('lq3x2', wp(wDek))}${btn('lq3x3', 'Get Pre-Approved')}${btn('lq3x4', 'Talk to a Lender')}
<div id="comp-lq3x5" class="MazNVa comp-lq3x5 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq3x5" class="HlRz5e
BI8PVQ" data-image-info='{"containerId":"comp-lq3x5","displayMode":"fill"}'>
<img src="https://static.wixstatic.com/media/4f9a1c_porch.jpg/v1/fill/w_980,h_560/porch.jpg"
alt="Family on the porch of a farmhouse"></wow-image></div></div>`,
)}
${section('lq3y0', `${rt('lq3y1', wh(2, wH2[0] ?? ''))}${wOpts.map((o, i) => rt(`lq3y${i + 2}`, `${wh(3, o[0])}${wp(o[1])}`)).join('\n')}`)}
${section(
  'lq3z0',
  `${rt('lq3z1', wh(2, wH2[1] ?? ''))}${rt(
    'lq3z2',
    `<ol class="font_8 wixui-rich-text__text">${lis(wSteps.map(wp), 'wixui-rich-text__text')}</ol>
${wp(wAfter)}`,
  )}`,
)}
${section('lq400', `${rt('lq401', `${wh(4, wOfficer[0] ?? '')}${wOfficer.slice(1).map(wp).join('')}`)}${btn('lq402', 'Schedule a Call')}`)}
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="XvQ3FE"><div data-mesh-id="SITE_FOOTERinlineContent"
data-testid="inline-content"><div data-testid="mesh-container-content">${rt(
  'lhx2f1',
  `${wp('Fennick Prairie Bank · 14 Grange Street, Fennick, KS 67999')}
${wp('Member FDIC · Equal Housing Lender · NMLS #408812')}${wp('© 2026 by Fennick Prairie Bank. Proudly created with Wix.com')}`,
)}</div></div></div></footer>
</div></div></div></div><div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span
class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.a3c0e5f1.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout505-wix-home-loans',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wH2[0] ?? '', ...wOpts.map((o) => o[0]), wH2[1] ?? ''],
  body: texts([wDek, ...wOpts.map((o) => o[1]), ...wSteps, wAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', ...wNav.filter((t) => !['Home', 'Mortgage', 'About'].includes(t)),
    'Online Banking', 'Get Pre-Approved', 'Talk to a Lender', ...wOfficer,
    'Schedule a Call', 'Fennick Prairie Bank · 14 Grange Street, Fennick, KS 67999', 'Member FDIC · Equal Housing Lender · NMLS #408812',
    '© 2026 by Fennick Prairie Bank. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT505_C: readonly TestPage[] = [hubspot, wix];
