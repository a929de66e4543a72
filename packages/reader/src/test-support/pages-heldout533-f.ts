import { links, type TestPage, texts } from './page-kit.js';
import { at, finish, j } from './pages-heldout533-kit.js';

/**
 * Held-out batch 533, file f: an Intercom Help Center article (Next.js, Tailwind classes, interblocks) on renewing an expired
 * domain, and a PHP end-of-life notice on a hosting company's Webflow blog (Client-First classes) with share links, tags,
 * related posts and a newsletter form.
 */
const iTitle = 'Renewing a domain after it has expired';
const iDesc = 'What happens in the grace and redemption periods, and what each one costs.';
const iBody = [
  j(
    'When a domain expires it does not become available to others straight away. It passes through two periods in which you can still',
    'get it back, and the price depends on how long you wait.',
  ),
  'Grace period (days 1 to 30)',
  j(
    'For 30 days after expiry your website and email stop working, but you can renew at the normal price from the',
    '<b>Domains</b> page. Everything starts working again within an hour of payment.',
  ),
  'Redemption period (days 31 to 60)',
  j(
    'After the grace period the registry moves the domain into redemption. You can still restore it, but the registry charges a',
    'restore fee of €89 on top of the renewal. Restoring takes up to three working days.',
  ),
  'Open a conversation with us from the Help button',
  'Tell us the domain name you want to restore',
  'Pay the restore invoice we send you',
  'After day 60',
  'The domain is deleted and released for anyone to register. We cannot recover it after that point.',
  '<b>Tip:</b> turn on auto-renew and keep a valid card on file, and you will never have to deal with any of this.',
];
const iHeads = [1, 3, 8];
const iSteps = iBody.slice(5, 8);
const iCrumbs = ['All Collections', 'Domains', 'Renewals and expiry'];
const iRel = ['Turning auto-renew on or off', 'Why did my renewal payment fail?', 'Transferring a domain out of Brightwater'];
const iFoot = ['Status page', 'Brightwater website', 'Contact us'];
const ip = (t: string): string => `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${t}</p></div>`;
const ih = (t: string, i: number): string =>
  `<div class="intercom-interblocks-subheading intercom-interblocks-align-left"><h2 id="h_8c1e0${i}a">${t}</h2></div>`;
const iArticle = [
  ip(at(iBody, 0)),
  ih(at(iBody, 1), 1),
  ip(at(iBody, 2)),
  ih(at(iBody, 3), 3),
  ip(at(iBody, 4)),
  `<div class="intercom-interblocks-ordered-nested-list"><ol>${iSteps.map((s) => `<li>${ip(s)}</li>`).join('')}</ol></div>`,
  ih(at(iBody, 8), 8),
  ip(at(iBody, 9)),
  `<div class="intercom-interblocks-callout" style="background-color: #e3e7fa80; border-color: #334bfa33;">${ip(at(iBody, 10))}</div>`,
].join('\n');
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${iTitle} | Brightwater Help Center</title><meta property="og:title" content="${iTitle} | Brightwater Help Center">
<meta name="description" content="${iDesc}"><meta name="intercom:trackingEvent" content="{&quot;name&quot;:&quot;Viewed Help Center Article&quot;}">
<link rel="canonical" href="https://help.brightwater.host/en/articles/8841207-renewing-a-domain-after-it-has-expired">
<link rel="preload" href="https://static.intercomassets.com/_next/static/css/3e1b7a0f.css" as="style"><link rel="stylesheet"
href="https://static.intercomassets.com/_next/static/css/3e1b7a0f.css"><style
id="__jsx-2815479914">:root{--body-primary-color:#1a1a1a;--header-bg:#0b3d5c}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${iTitle}","author":{"@type":"Person",
"name":"Oskar Lindqvist"}}</script></head>
<body><div id="__next"><div dir="ltr" class="h-full w-full"><a href="#main-content" class="sr-only font-bold text-header-color focus:not-sr-only focus:absolute
focus:left-4 focus:top-4 focus:z-50" aria-roledescription="Link, Press control-option-right-arrow to exit">Skip to main content</a><main class="header__lite">
<header id="header" data-testid="header" class="flex flex-col text-header-color"><div
class="relative flex grow flex-col mb-9 bg-header-bg bg-header-image bg-cover
bg-center pb-9"><div id="sr-announcement" aria-live="polite" class="sr-only"></div><div class="flex h-full flex-col items-center marker:shrink-0"><section
class="relative flex w-full flex-col mb-6 pb-6"><div class="header__meta_wrapper flex justify-center px-5 pt-6 leading-none sm:px-10"><div
class="flex items-center w-240"
data-testid="subheader-container"><div class="mo__body header__site_name"><div class="header__logo"><a href="/en/"><img
src="https://downloads.intercomcdn.com/i/o/brightwater/logo.png"
height="96" alt="Brightwater Help Center"></a></div></div><div><div class="flex items-center font-semibold"><div class="hidden md:flex"><div
class="flex items-center
pl-5 sm:pl-6"><a target="_blank" rel="noopener noreferrer" href="https://brightwater.host" class="flex items-center">Go to Brightwater</a></div>
<div class="relative cursor-pointer has-[:focus]:outline"><select aria-label="Change language"
class="peer absolute z-10 block h-6 w-full cursor-pointer opacity-0">
<option value="/en/" class="text-black" selected="">English</option><option value="/de/" class="text-black">Deutsch</option></select><div class="mb-1 flex
items-center gap-1 text-md peer-focus-visible:outline"><span
data-testid="locale-picker-selected-locale">English</span></div></div></div></div></div></div></div>
<div class="relative mx-5 flex h-full w-full justify-center px-5 pb-10 pt-12 sm:mx-10 sm:px-10"><div class="flex w-full flex-col items-center"><div
class="w-full">
<div class="relative flex w-full" data-testid="search-bar"><form action="/en/" autoComplete="off" class="flex w-full flex-col items-start" method="get"
role="search">
<input type="text" autoComplete="off" class="peer w-full rounded-search-bar border border-black-alpha-8 p-4 ps-12" aria-label="Search for articles..."
placeholder="Search for articles..." name="q" value=""></form></div></div></div></div></section></div></div></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content" class="max-w-full w-240">
<section data-testid="main-content" class="flex w-full flex-col gap-9"><div class="flex flex-wrap items-baseline pb-4 text-base" tabindex="0"
data-testid="breadcrumbs">
${iCrumbs
  .map(
    (c) => `<a href="/en/collections/2281" class="pr-2 text-body-primary-color no-underline hover:text-body-secondary-color">${c}</a><div class="pr-2"
aria-hidden="true">
<svg width="6" height="10" viewBox="0 0 6 10" class="block h-2 w-2 fill-body-secondary-color rtl:rotate-180"></svg></div>`,
  )
  .join('')}<div class="text-body-secondary-color">${iTitle}</div></div>
<div class="relative z-3 w-full lg:max-w-160"><div class="article intercom-force-break"><div class="mb-10 max-lg:mb-6"><div class="flex flex-col gap-4"><div
class="flex flex-col">
<header class="mb-1 font-primary text-2xl font-bold leading-10 text-body-primary-color">${iTitle}</header><div class="text-md font-normal leading-normal
text-body-secondary-color"><p>${iDesc}</p></div></div><div class="avatar"><div class="avatar__photo"><img width="24" height="24"
src="https://static.intercomassets.com/avatars/6611/square_128/oskar.jpg" alt="Oskar Lindqvist avatar"
class="inline-flex items-center rounded-full h-8 w-8"></div>
<div class="avatar__info -mt-0.5 text-base"><span
class="text-body-secondary-color"><div>Written by <span>Oskar Lindqvist</span></div> <div>Updated over a month ago</div>
</span></div></div></div></div><div class="jsx-adf13c9b3b1e9ec9 "><article class="jsx-adf13c9b3b1e9ec9 ">${iArticle}</article></div></div></div>
<section class="related_articles my-6"><hr class="my-6 sm:my-8"><div class="mb-7.5 text-lg font-bold text-body-primary-color">Related Articles</div>
<div class="flex flex-col">${iRel
  .map(
    (r) => `<a href="/en/articles/8841" data-testid="article-link" class="flex items-center justify-between rounded-lg px-4 py-2.5 no-underline">
<div class="flex flex-row items-center"><span class="m-0 line-clamp-1">${r}</span></div></a>`,
  )
  .join('\n')}</div></section><div class="intercom-reaction-picker -mb-4 -ml-4 -mr-4 mt-6 rounded-card" dir="ltr"><div class="intercom-reaction-prompt">
Did this answer your question?</div><button class="intercom-reaction" aria-label="Disappointed Reaction" data-reaction-text="disappointed" aria-pressed="false">
<span title="Disappointed">😞</span></button><button class="intercom-reaction" aria-label="Neutral Reaction" data-reaction-text="neutral" aria-pressed="false">
<span title="Neutral">😐</span></button><button class="intercom-reaction" aria-label="Smiley Reaction" data-reaction-text="smiley" aria-pressed="false">
<span title="Smiley">😃</span></button></div></section></section></div>
<footer id="footer" class="mt-24 shrink-0 bg-footer-bg px-0 py-12 text-left text-base text-footer-color"><div class="shrink-0 grow basis-0 px-5 sm:px-10">
<div class="mx-auto max-w-container-max-width"><div class="flex flex-col items-center gap-6"><div class="align-middle text-lg text-footer-color"><a href="/en/"
class="no-underline"><img data-testid="logo-img" src="https://downloads.intercomcdn.com/i/o/brightwater/footer-logo.png" alt="Brightwater Help Center"
class="max-h-8 contrast-80 inline"></a></div><ul data-testid="custom-links" class="mb-4 p-0"
id="custom-links">${links(iFoot, 'mx-3 inline-block list-none')}</ul>
</div></div></div></footer></main></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"app":{"id":"brightwater","name":"Brightwater"},"articleId":"8841207"}},
"page":"/[helpCenterIdentifier]/articles/[articleSlug]"}</script>
<script src="https://static.intercomassets.com/_next/static/chunks/main-0c8f.js" defer=""></script></body></html>`;
const intercom: TestPage = {
  name: 'heldout533-intercom-expired-domain',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: iHeads.map((i) => at(iBody, i)),
  body: texts([iDesc, ...iBody.filter((_, i) => !iHeads.includes(i))]),
  bylines: ['Written by Oskar Lindqvist', 'Updated over a month ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Go to Brightwater', 'English', ...iCrumbs, 'Related Articles', ...iRel, 'Did this answer your question?', ...iFoot,
  ],
};

const wTitle = 'PHP 8.1 reaches end of life: what changes on your plan';
const wDek = 'From 1 February 2027 sites still on PHP 8.1 will be moved to PHP 8.3. Here is how to test your site before then.';
const wBody = [
  j(
    'PHP 8.1 stopped receiving security fixes on 31 December 2025. We have kept it running on our servers for an extra year to give',
    'everyone time to upgrade, but we cannot keep running a version that no longer gets patches.',
  ),
  'What we will do',
  j(
    'On 1 February 2027 we will switch every site that still uses PHP 8.1 to PHP 8.3. The switch happens overnight and takes a few',
    'seconds per site. Sites already on 8.2, 8.3 or 8.4 are not affected.',
  ),
  'How to test your site now',
  j(
    'Open <strong>Sites &gt; Settings &gt; PHP</strong> in your dashboard and choose 8.3. You can switch back at any time until',
    '31 January, so there is no risk in trying it. Check your contact forms, checkout and any plugin that has not been updated in a',
    'while; those are the parts most likely to break.',
  ),
  j(
    'If something does break, our support team can look at the error log with you. Customers on the Agency plan can also ask us to',
    'run the test on a staging copy.',
  ),
  'Why not keep 8.1 as a paid option?',
  j(
    'Some hosts charge for extended support of old PHP versions. We decided against it: an unpatched site puts every other site on',
    'the same server at risk, and we would rather help you move than charge you to stay.',
  ),
];
const wHeads = [1, 3, 6];
const wCaption = 'The PHP version selector in the site settings.';
const wNav = ['Hosting', 'Domains', 'Pricing', 'Blog', 'Support'];
const wTags = ['PHP', 'Security', 'Announcements'];
const wRel = [
  ['Engineering', '6 min read', 'How we cut page load times in half with HTTP/3'],
  ['Announcements', '2 min read', 'New data centre in Lisbon is live'],
  ['Guides', '8 min read', 'A plain guide to staging sites'],
];
const wFoot = ['Company', 'About', 'Careers', 'Press', 'Product', 'Status', 'Changelog', 'Legal', 'Terms', 'Privacy', 'Cookie settings'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Oct 13 2026 08:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.tidecrest.io" data-wf-page="6650c2e1f4b1a8d2e90c7b3a" data-wf-site="6650c2e1f4b1a8d2e90c7a11" lang="en"
data-wf-collection="6650c2e1f4b1a8d2e90c7b90"
data-wf-item-slug="php-8-1-end-of-life"><head><meta charset="utf-8"><title>${wTitle} | Tidecrest</title><meta content="${wDek}" name="description">
<meta content="${wTitle}" property="og:title"><meta content="summary_large_image" name="twitter:card"><meta content="width=device-width, initial-scale=1"
name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/6650c2e1f4b1a8d2e90c7a11/css/tidecrest.webflow.shared.8f1c2b.min.css"
rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script><link href="https://cdn.prod.website-files.com/6650c2e1f4b1a8d2e90c7a11/favicon.png"
rel="shortcut icon"
type="image/x-icon"><style>.text-rich-text figure{margin-bottom:2rem}</style></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>html { font-size: 1.125rem; } .hide { display: none !important; }</style></div>
<div data-animation="default" class="navbar_component w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-duration="400">
<div class="navbar_container"><a href="/" aria-current="page" class="navbar_logo-link w-nav-brand"><img
src="https://cdn.prod.website-files.com/6650c2e1/logo.svg"
loading="lazy" alt="Tidecrest" class="navbar_logo"></a><nav role="navigation" class="navbar_menu is-page-height-tablet w-nav-menu">${wNav
  .map((n) => `<a href="/${n.toLowerCase()}" class="navbar_link w-nav-link">${n}</a>`)
  .join('')}<div class="navbar_menu-buttons"><a href="https://app.tidecrest.io/login" class="button is-secondary is-small w-button">Log in</a>
<a href="/pricing" class="button is-small w-button">Get started</a></div></nav><div class="navbar_menu-button w-nav-button"><div class="menu-icon1">
<div class="menu-icon1_line-top"></div><div class="menu-icon1_line-middle"><div class="menu-icon_line-middle-inner"></div></div></div></div></div></div>
<main class="main-wrapper"><header class="section_blog-post-header"><div class="padding-global"><div class="container-small"><div
class="padding-section-medium">
<div class="blog-post-header_component"><div class="blog-post-header_breadcrumb"><a href="/blog" class="breadcrumb-link w-inline-block"><div>Blog</div></a>
<div class="breadcrumb-divider w-embed"><svg width="16" height="16" viewBox="0 0 16 16" fill="none"></svg></div><a href="/blog-categories/announcements"
class="breadcrumb-link w-inline-block"><div>Announcements</div></a></div><div class="margin-bottom margin-large"><div class="max-width-large">
<div class="margin-bottom margin-small"><h1 class="heading-style-h2">${wTitle}</h1></div><p class="text-size-medium">${wDek}</p></div></div>
<div class="blog-post-header_author-wrapper"><div class="blog-post-header_author"><div class="blog-post-header_author-image-wrapper"><img loading="lazy"
src="https://cdn.prod.website-files.com/6650c2e1/authors/ama.jpg" alt="" class="blog-post-header_author-image"></div><div class="blog-post-header_author-text">
<div class="text-weight-semibold">Ama Kettering</div><div class="blog-post-header_date-wrapper"><div class="text-size-small">Oct 13, 2026</div>
<div class="text-size-small blog-post-header_text-divider">•</div><div class="text-size-small">4 min read</div></div></div></div>
<div class="blog-post-header_share-wrapper"><div class="text-weight-semibold">Share this post</div><div class="w-layout-grid blog-post-header_share">
<a href="#" class="blog-post-header_social-link w-inline-block" aria-label="Copy link"><div class="icon-embed-xsmall w-embed"><svg width="100%"
height="100%"></svg></div></a>
<a href="https://www.linkedin.com/shareArticle" class="blog-post-header_social-link w-inline-block" aria-label="LinkedIn"><div
class="icon-embed-xsmall w-embed"></div></a>
<a href="https://bsky.app/intent/compose" class="blog-post-header_social-link w-inline-block" aria-label="Bluesky"><div
class="icon-embed-xsmall w-embed"></div></a>
</div></div></div><div class="blog-post-header_image-wrapper"><img src="https://cdn.prod.website-files.com/6650c2e1/posts/php-eol.jpg" loading="eager" alt=""
class="blog-post-header_image"></div></div></div></div></div></header>
<section class="section_blog-post-content"><div class="padding-global"><div class="container-small"><div class="padding-section-large">
<div class="blog-post-content_content"><div class="text-rich-text w-richtext">${wBody
  .map((b, i) => (wHeads.includes(i) ? `<h2>${b}</h2>` : `<p>${b}</p>`))
  .slice(0, 5)
  .join(
    '',
  )}<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/6650c2e1/posts/php-selector.png"
loading="lazy" alt="PHP version selector"></div><figcaption>${wCaption}</figcaption></figure>${wBody
  .slice(5)
  .map((b, i) => (wHeads.includes(i + 5) ? `<h2>${b}</h2>` : `<p>${b}</p>`))
  .join('')}</div></div>
<div class="blog-post-content_bottom"><div class="blog-post-content_tags"><div class="text-weight-semibold">Tags</div><div class="w-dyn-list"><div role="list"
class="blog-post-content_tag-list w-dyn-items">${wTags
  .map((t) => `<div role="listitem" class="w-dyn-item"><a href="/blog-tags/${t.toLowerCase()}" class="tag is-text">${t}</a></div>`)
  .join('')}</div></div></div></div></div></div></div></section>
<section class="section_blog-related"><div class="padding-global"><div class="container-large"><div class="padding-section-large"><div
class="margin-bottom margin-xxlarge">
<h2>Related posts</h2></div><div class="w-dyn-list"><div role="list" class="blog-related_list w-dyn-items">${wRel
  .map(
    ([
      c,
      r,
      t,
    ]) => `<div role="listitem" class="w-dyn-item"><a href="/blog/post" class="blog-related_item-link w-inline-block"><div class="blog-related_meta-wrapper">
<div class="tag">${c}</div><div class="text-size-small text-weight-semibold">${r}</div></div><h3 class="heading-style-h5">${t}</h3>
<div class="button-group"><div class="button is-link is-icon">Read more</div></div></a></div>`,
  )
  .join('\n')}</div></div></div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-small"><h2>Get hosting news in your inbox</h2>
<p class="text-size-medium">One email a month. No marketing, just changes that affect your sites.</p><div class="newsletter_form-block w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter_form"><input class="form_input w-input"
maxlength="256"
name="email" data-name="Email" placeholder="Enter your email" type="email" id="email" required=""><input type="submit" data-wait="Please wait..."
class="button w-button"
value="Subscribe"></form><div class="success-message w-form-done" tabindex="-1" role="region"
aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div>
<div class="error-message w-form-fail" tabindex="-1" role="region"
aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div></div>
</div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper">${[0, 4, 7]
  .map(
    (k) =>
      `<div class="footer_link-list"><div class="margin-bottom margin-xsmall"><div class="text-weight-semibold">${at(wFoot, k)}</div></div>${wFoot
        .slice(k + 1, k === 7 ? 11 : k === 0 ? 4 : 7)
        .map((l) => `<a href="/${l.toLowerCase()}" class="footer_link">${l}</a>`)
        .join('')}</div>`,
  )
  .join('')}</div><div class="footer_credit-text">© 2026 Tidecrest Hosting GmbH. All rights reserved.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6650c2e1f4b1a8d2e90c7a11" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/6650c2e1f4b1a8d2e90c7a11/js/webflow.4c2b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout533-webflow-php-eol',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wHeads.map((i) => at(wBody, i)),
  body: texts([wDek, ...wBody.filter((_, i) => !wHeads.includes(i))]),
  bylines: ['Ama Kettering', 'Oct 13, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Log in', 'Get started', 'Blog', 'Announcements', '4 min read', 'Share this post', wCaption, 'Tags', ...wTags, 'Related posts', ...wRel.flat(),
    'Read more', 'Get hosting news in your inbox', 'One email a month. No marketing, just changes that affect your sites.', ...wFoot,
    '© 2026 Tidecrest Hosting GmbH. All rights reserved.',
  ],
};

export const HELDOUT533_F: readonly TestPage[] = [intercom, webflow].map(finish);
