import { links, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout490-kit.js';

/**
 * Held-out batch 490, file d: a midwife-led birth centre's page built with Wix (Thunderbolt markup, comp- ids, rich-text
 * components), and a hospital dietitian's blog post on HubSpot CMS (hs_cos_wrapper, tags, related posts, subscribe form).
 */
const mTitle = 'Welcome to the Birth Centre';
const mIntro = j(
  'The Halsey Moor Birth Centre is a calm, home-from-home place to have your baby, run by midwives and a short walk along the',
  'corridor from the consultant-led labour ward at Halsey Moor Hospital.',
);
const mRooms = j(
  'We have four birth rooms, each with a birth pool, a double bed so your partner can stay, dimmable lights and an en-suite',
  'shower room. You can bring your own music, snacks and pillows.',
);
const mWho = [
  'You can plan to give birth with us if you are healthy, your pregnancy has been straightforward and you are between 37 and 42 weeks.',
  'Your midwife will talk this through with you at your 36-week appointment.',
];
const mTour = 'Virtual tours run on the first Tuesday of every month at 7pm. Tours of the centre itself run on Saturday mornings.';
const mH2 = ['Our rooms', 'Is the Birth Centre right for me?', 'Book a tour'];
const mNav = ['Home', 'Birth Centre', 'Antenatal classes', 'Meet the midwives', 'Contact'];
const wixText = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string): string => `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h2>`;
const mHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Birth Centre | Halsey Moor Maternity</title>
<meta name="description" content="A midwife-led birth centre with four birth pools at Halsey Moor Hospital.">
<meta property="og:site_name" content="Halsey Moor Maternity">
<link rel="canonical" href="https://www.halseymoormaternity.co.uk/birth-centre">
<script type="application/json" id="wix-viewer-model">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{"location":{"pageId":"k3p9x"}}}}}</script>
<script id="wix-fedops">window.fedops = window.fedops || {}; window.fedops.data = {"site":{"isResponsive":false}};</script>
<style id="css_masterPage">#comp-lx2k9a1{--fnt:normal normal normal 15px/1.6em avenir-lt-w01_35-light1475496,sans-serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1"
role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf">
<div id="comp-lx2h0k1" class="comp-lx2h0k1 wixui-image"><a href="/" data-testid="linkElement"><img src="https://static.wixstatic.com/media/a1b2c3_logo.png"
alt="Halsey Moor Maternity logo"></a></div>
<nav id="comp-lx2h0k3" aria-label="Site" class="wixui-horizontal-menu"><ul class="NHM1d1 wixui-horizontal-menu__container">
${mNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh">
<div class="itemDepth02233374943__itemWrapper">
<span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="k3p9x" class="dBAkHi theme-vars">
<section id="comp-lx2k9a1" class="xuzjBY comp-lx2k9a1 wixui-section">
<div data-testid="columns" class="comp-lx2k9a1-container"><div data-mesh-id="comp-lx2k9a1inlineContent">
${wixText('lx2ka3b', `<h1 class="font_0 wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">${mTitle}</span></h1>`)}
${wixText('lx2ka3c', wp(mIntro))}
<div id="comp-lx2ka3d" class="comp-lx2ka3d wixui-image"><img src="https://static.wixstatic.com/media/a1b2c3_pool-room.jpg" alt="Birth room with pool"></div>
${wixText('lx2ka3e', `${wh(mH2[0] ?? '')}${wp(mRooms)}`)}
${wixText('lx2ka3f', `${wh(mH2[1] ?? '')}${mWho.map(wp).join('')}`)}
${wixText('lx2ka3g', `${wh(mH2[2] ?? '')}${wp(mTour)}`)}
<div id="comp-lx2ka3h" class="comp-lx2ka3h wixui-button"><a data-testid="linkElement" href="/book-a-tour" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Book your place</span></a></div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1">${wixText(
  'lx2h0m1',
  `${wp('Halsey Moor Hospital, Tennant Road, Halsey HM6 2AB')}
${wp('Birth Centre: 01632 960 517 (24 hours)')}`,
)}
${wixText('lx2h0m2', wp('© 2026 by Halsey Moor Maternity. Proudly created with Wix.com'))}</footer></div></div></div></div>
<div id="ccsu-banner" class="consent-banner" role="dialog" aria-label="Cookie banner"><p class="consent-banner__text">This website uses cookies. By clicking
Accept, you agree to our use of such cookies.</p><a href="/privacy" class="consent-banner__link">Privacy Policy</a>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b7f1e4a2.bundle.min.js" async></script></body></html>`;
const wixBirth: TestPage = settle({
  name: 'heldout490-wix-birth-centre',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mH2,
  body: [mIntro, mRooms, ...mWho, mTour],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Book your place', 'Halsey Moor Hospital, Tennant Road, Halsey HM6 2AB', 'Birth Centre: 01632 960 517 (24 hours)',
    '© 2026 by Halsey Moor Maternity. Proudly created with Wix.com', 'This website uses cookies. By clicking Accept, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Accept',
  ],
});

const hTitle = 'Eating well before and after bowel surgery';
const hParts: readonly (readonly string[])[] = [
  [
    '',
    j(
      'Good nutrition helps your body heal, fight infection and get back to normal activity after an operation on your bowel.',
      'As a dietitian on our colorectal surgery team, I meet many people who are worried about what they can eat, so here is',
      'what we usually advise. Your own team may give you different advice, and you should follow theirs.',
    ),
  ],
  [
    'In the weeks before your operation',
    j(
      'Try to eat regular meals with some protein at each one: meat, fish, eggs, beans, lentils, dairy foods or tofu. If you have',
      'lost weight without trying, or your appetite is poor, tell your pre-assessment nurse; we can prescribe nourishing drinks',
      'to build you up before surgery.',
    ),
    'If you drink alcohol, cutting down now will help your recovery. So will stopping smoking, even a few weeks before.',
  ],
  [
    'Carbohydrate drinks',
    j(
      'Most patients are given three carbohydrate drinks to take the evening before surgery and one on the morning of the',
      'operation, up to two hours before. They reduce the stress on your body and help you to feel less hungry and thirsty.',
      'If you have diabetes, ask us first, as these drinks may not be suitable.',
    ),
  ],
  [
    'The first days after surgery',
    j(
      'You will be encouraged to drink on the day of your operation and to start eating a light diet the next day. Small meals',
      'every three hours are easier to manage than three large meals. Soft foods such as soup, scrambled eggs, yoghurt, white',
      'fish and mashed potato are good choices.',
    ),
    j('It is common to feel bloated or to have some wind pain at first. Walking around the ward helps your bowel to start', 'working again.'),
  ],
  [
    'If you have a stoma',
    j(
      'For the first six to eight weeks, eat foods that are low in fibre, chew well and add new foods one at a time. Foods such',
      'as nuts, sweetcorn, mushrooms and the skins of fruit can block a new stoma. Drink at least 8 to 10 cups of fluid a day,',
      'especially if you have an ileostomy, as you can become dehydrated quickly.',
    ),
  ],
  [
    'When to ask for help',
    j(
      'Contact the colorectal nurses if you are losing weight after you go home, if you cannot keep food or drink down, or if',
      'your stoma output is very watery for more than a day. We can see you in the dietetic clinic, usually within two weeks.',
    ),
  ],
];
const hTags = ['Nutrition', 'Surgery', 'Colorectal'];
const hRel = ['What to expect at your pre-assessment appointment', 'Getting moving again after abdominal surgery', 'Living with a stoma: your first month'];
const hBio = 'Priya Anand-Lowe is a specialist dietitian in the colorectal and upper GI surgery teams at St Aldwyn’s Hospital.';
const hNav = ['Our services', 'Private patients', 'Consultants', 'Blog', 'Contact us'];
const hCos = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const hBody = hParts
  .map(
    (s) =>
      `${s[0] === '' ? '' : `<h2>${s[0]}</h2>\n`}${s
        .slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('\n')}`,
  )
  .join('\n')
  .replace('</p>\n', '</p>\n<!--more-->\n');
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Eating well before and after bowel surgery</title>
<meta name="description" content="A specialist dietitian explains what to eat before and after bowel surgery, and what to do if you have a stoma.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="HubSpot">
<link rel="canonical" href="https://www.staldwyns.co.uk/blog/eating-well-before-and-after-bowel-surgery">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-06-03T08:15:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Priya Anand-Lowe"},"datePublished":"2026-06-03"}</script>
<link rel="stylesheet" href="https://www.staldwyns.co.uk/hubfs/hub_generated/template_assets/1/98231447/1716801234/template_main.min.css">
<script>var hsVars = {"portal_id":4418821,"app_hs_base_url":"https://app-eu1.hubspot.com","page_id":"112873466021","content_group_id":98231512}</script>
</head><body><div class="body-wrapper hs-content-id-112873466021 hs-blog-post hs-blog-id-98231512">
<div data-global-resource-path="staldwyns-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/logo-staldwyns.svg"
alt="St Aldwyn's Hospital" width="200"></a></span></div>
<div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results"><label class="show-for-sr" for="term">Search</label>
<input type="text" class="hs-search-field__input" id="term" name="term" placeholder="Search"><button class="button" aria-label="Search">Go</button></form></div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${hCos('name', 'text', hTitle)}</h1>
<div class="blog-post__meta"><a href="/blog/author/priya-anand-lowe">Priya Anand-Lowe</a>
<time datetime="2026-06-03 08:15:00" class="blog-post__timestamp">Jun 3, 2026 9:15:00 AM</time></div>
<div class="blog-post__body">${hCos('post_body', 'rich_text', hBody)}</div>
<div class="blog-post__tags"><svg aria-hidden="true" viewBox="0 0 512 512"><path d="M0 252V48"></path></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase()}" rel="tag">${t}</a>`).join(',\n')}</div>
<div class="blog-post__author"><img class="blog-post__author-image" src="/hubfs/team/priya.jpg" alt="Priya Anand-Lowe" width="80">
<p class="blog-post__author-bio">${hBio}</p></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post">
<h3 class="blog-related-posts__title"><a href="/blog/${t.length}">${t}</a></h3></article>`,
  )
  .join('\n')}
</div></div></section>
<div class="blog-subscribe"><h3>Subscribe to our blog</h3><div class="hbspt-form"><form class="hs-form stacked" id="hsForm_9f1c2d3e">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-9f1c2d3e"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-9f1c2d3e" name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="staldwyns-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>St Aldwyn's Hospital, 14 Canon Street, Westcombe WC3 8PL</p><p>© 2026 St Aldwyn's Hospital Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="default">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalised services to you.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4418821.js"></script></body></html>`;
const hubspotBlog: TestPage = settle({
  name: 'heldout490-hubspot-dietitian-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hParts.map((s) => s[0] ?? '').filter((h) => h !== ''),
  body: texts(hParts.flatMap((s) => s.slice(1))),
  bylines: ['Priya Anand-Lowe', 'Jun 3, 2026 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Go', ...hTags, hBio, 'Related posts', ...hRel, 'Subscribe to our blog', 'Email',
    "St Aldwyn's Hospital, 14 Canon Street, Westcombe WC3 8PL", "© 2026 St Aldwyn's Hospital Ltd",
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
});

export const HELDOUT490_D: readonly TestPage[] = [wixBirth, hubspotBlog];
