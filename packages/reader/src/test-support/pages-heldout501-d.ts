import { type TestPage, texts } from './page-kit.js';
import { anchors, j, lis } from './pages-heldout501-kit.js';

/**
 * Held-out batch 501, file d: a volunteer fire company's blood drive post on a Wix blog (Ricos viewer), and a hospital
 * foundation's blog post on HubSpot CMS with its cookie banner, CTA and subscribe form.
 */
const xTitle = 'Blood drive at the Pinecrest fire hall this Saturday';
const xBody = [
  j(
    'Our spring blood drive is back! The Ridgeline Community Blood Center bus will be parked outside Station 4 on Saturday,',
    'April 11, from 9 am to 2 pm. Last fall 46 neighbors rolled up their sleeves, and we want to beat that.',
  ),
  'Walk-ins are welcome, but booking a time keeps the line short. Bring a photo ID and eat a good breakfast.',
  'Every donor gets a Station 4 T-shirt',
  'Free pancakes in the hall from our auxiliary',
  'Kids can climb on Engine 41 while you donate',
  j('Questions? Call the station on (570) 555-0192 or message us here. Thank you for helping us keep our neighbors and our', 'hospitals supplied.'),
];
const xRich = (t: string, id: string): string =>
  `<p dir="auto" class="mm8Nw _1j-51 roLFQS _1FoOD _3M0Fe roLFQS Rd6F3m roLFQS dKTrqN" id="viewer-${id}"><span style="font-size:16px;">
<span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></span></p>`;
const xNav = ['Home', 'About Us', 'Apparatus', 'Join', 'News', 'Contact'];
const xRecent = ['Pancake breakfast raises $3,100', 'Welcome to our new probationary members'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>${xTitle}</title><meta property="og:type" content="article">
<meta property="article:author" content="Pinecrest VFC">
<link rel="canonical" href="https://www.pinecrestvfc.org/post/blood-drive-at-the-pinecrest-fire-hall-this-saturday">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}",
"datePublished":"2026-04-06T14:12:00.000Z"}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"c1b2a3d4","isHttps":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11)}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1fm" tabindex="-1" aria-label="top of page" role="region">
</div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_kv7x2" class="MW5IWV"></div></div><div id="site-root" class="site-root">
<div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-testid="inline-content" class="">
<div id="comp-kv7x3" class="KcpHeO tz5f0K comp-kv7x3 wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">Pinecrest Volunteer Fire Company</h2></div>
<nav id="comp-kv7x4" aria-label="Site" class="StylableHorizontalMenu3372578893__root"><ul class="StylableHorizontalMenu3372578893__menu">${xNav
  .map((n) => `<li class="wixui-horizontal-menu__item"><a class="StylableHorizontalMenu3372578893__menuItem" href="#"><span class="label">${n}</span></a></li>`)
  .join('')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPASection_ktyq" class="TPASection_ktyq">
<div data-hook="post-page" class="blog-post-page-font"><div class="post-content__container"><article data-hook="post" class="blog-post-page-layout">
<div class="post-metadata"><div data-hook="post-metadata-header" class="_8ePXA"><div class="avatar">
<span data-hook="user-name" class="user-name">Pinecrest VFC</span></div>
<ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Apr 6">Apr 6</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readTime">1 min read</span></li></ul></div>
<button data-hook="more-button" aria-label="More actions" class="more-button"></button></div>
<div class="post-title"><h1 data-hook="post-title" class="post-title__text blog-post-title-font blog-post-title-color"><span class="_1O-ot">${xTitle}</span>
</h1></div>
<div data-hook="post-description" class="post-content__body"><div class="moHCnT"><section data-hook="ricos-viewer" class="_2JHfs">
<div class="kvdbP" data-id="rich-content-viewer">
${xRich(xBody[0] ?? '', '4f1ak')}${xRich(xBody[1] ?? '', '9c2ne')}
<ul class="_3tpo7 _2fMop"><li dir="auto" class="_3tpo7">${xRich(xBody[2] ?? '', 'b1')}</li><li dir="auto" class="_3tpo7">${xRich(xBody[3] ?? '', 'b2')}</li>
<li dir="auto" class="_3tpo7">${xRich(xBody[4] ?? '', 'b3')}</li></ul>
<div data-hook="imageViewer" class="image-container">
<img src="https://static.wixstatic.com/media/9b1e2f_bloodbus.jpg/v1/fill/w_740,h_493/bloodbus.jpg" alt=""></div>
${xRich(xBody[5] ?? '', '7pq0c')}</div></section></div></div>
<div class="post-tags"><nav aria-label="Tags"><ul><li><a href="/blog/tags/blood-drive" class="tag">blood drive</a></li><li>
<a href="/blog/tags/events" class="tag">events</a></li></ul></nav></div>
<div class="post-footer"><div data-hook="post-social-actions" class="share-bar"><button aria-label="Share via Facebook"></button>
<button aria-label="Share via X"></button>
<button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div>
<div class="post-stats"><span data-hook="post-stats__view-count">58 views</span><span data-hook="post-stats__comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span class="like-count">4</span></button></div></div></article></div>
<section class="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2><a href="/blog" class="see-all">See All</a>
</div>
${xRecent.map((r) => `<div class="post-list-item"><h3 data-hook="post-title"><a href="#">${r}</a></h3></div>`).join('')}</section>
<section data-hook="comments" class="comments"><h2 data-hook="comments-title">Comments</h2><div class="comments-box">
<button data-hook="comment-box-placeholder">Write a comment...</button></div></section>
</div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div data-testid="richTextElement" class="wixui-rich-text">
<p class="font_8">412 Ridge Road, Pinecrest, PA 18360</p><p class="font_8">© 2026 by Pinecrest Volunteer Fire Company. Proudly created with Wix.com</p></div>
</footer>
</div></div></div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const blooddrive: TestPage = {
  name: 'heldout501-fire-hall-drive-wix',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: xBody,
  bylines: ['Pinecrest VFC', 'Apr 6', '1 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pinecrest Volunteer Fire Company', ...xNav, 'events', '58 views', '0 comments', 'Recent Posts', 'See All', ...xRecent,
    'Comments', 'Write a comment...', '412 Ridge Road, Pinecrest, PA 18360', '© 2026 by Pinecrest Volunteer Fire Company. Proudly created with Wix.com',
  ],
};

const hTitle = 'Why rare blood needs a bigger donor pool';
const hBody = [
  j(
    'Most people know their blood group as A, B, AB or O, positive or negative. But red cells carry more than 300 other markers,',
    'called antigens, and for some patients those markers matter as much as the letter on their donor card.',
  ),
  j(
    'At Saint Brennan’s Children’s Hospital we treat around 140 young people with sickle cell disease. Many need regular',
    'transfusions, sometimes every three or four weeks, for the rest of their lives. Each transfusion carries a small risk that',
    'their body will make antibodies against markers in the donated blood, which makes the next match harder to find.',
  ),
  'What a “close match” means',
  j(
    'The safest blood for these patients comes from donors whose red cells share their less common markers. Some of those',
    'markers, such as the Ro subtype, are far more common in people of African and Caribbean heritage than in the donor',
    'population as a whole. When the donor pool does not reflect the patients who need it, close matches run short.',
  ),
  j(
    'Last year the regional blood service met 81% of our requests for Ro blood on time. The rest were filled with the next',
    'best match, or the transfusion was delayed.',
  ),
  'What the Foundation is funding',
  'a mobile donation session at community centres and places of worship in the Eastgate and Millbank neighbourhoods',
  'genotyping for 2,000 new donors, so the blood service knows exactly which markers their red cells carry',
  'a peer-support worker who helps patients and families talk about donation in their own communities',
  j(
    '“Patients ask me all the time whether there’s anything their family can do,” says Dr Ama Castellan, consultant',
    'haematologist. “The honest answer is yes: bring three friends to give blood. It really does change what we can offer.”',
  ),
  'How you can help',
  j(
    'You can book a donation at any session, and tell the nurse you would like your blood used for patients with sickle cell.',
    'If you cannot donate, a gift to the Foundation’s Rare Blood Fund pays for the next community session.',
  ),
];
const hNav = ['Ways to give', 'Events', 'Our impact', 'Stories', 'About the Foundation'];
const hTags = ['Blood donation', 'Sickle cell', 'Research'];
const hFoot = ['Contact', 'Privacy statement', 'Financial statements'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><link rel="shortcut icon" href="https://www.brennanfoundation.org/hubfs/favicon.png">
<meta name="description" content="Patients with sickle cell disease need closely matched blood.
Here is why the donor pool matters and what we are doing about it.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.brennanfoundation.org/hubfs/hub_generated/template_assets/1/88412/1712001234/template_main.min.css">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.brennanfoundation.org/blog/why-rare-blood-needs-a-bigger-donor-pool">
<meta name="generator" content="HubSpot"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Lorna Achterberg"},"datePublished":"2026-06-19"}</script></head>
<body><div class="body-wrapper hs-content-id-118220 hs-blog-post hs-blog-id-88410"><div data-global-resource-path="foundation/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo">
<a href="/" id="hs-link-site_logo"><img src="https://www.brennanfoundation.org/hubfs/logo.svg" class="hs-image-widget" alt="Saint Brennan’s Foundation"></a>
</span></div>
<div class="header__menu"><nav aria-label="Main menu" class="menu menu--desktop"><ul class="menu__wrapper no-list">${hNav
  .map((n) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="#">${n}</a></li>`)
  .join('')}</ul></nav></div>
<div class="header__button"><a href="/donate" class="button">Donate now</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name"
class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/lorna-achterberg" rel="author">Lorna Achterberg</a>
<time datetime="2026-06-19 13:00:00" class="blog-post__timestamp">Jun 19, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><p>${hBody[0]}</p><p>${hBody[1]}</p>
<!--more--><h2>${hBody[2]}</h2><p>${hBody[3]}</p><p>${hBody[4]}</p><h2>${hBody[5]}</h2>
<p><img src="https://www.brennanfoundation.org/hs-fs/hubfs/blog/mobile-session.jpg?width=700&amp;name=mobile-session.jpg" alt="Mobile session" width="700"
style="width: 700px; margin: 0px auto; display: block;"></p><ul>${lis(hBody.slice(6, 9))}</ul><blockquote><p>${hBody[9]}</p></blockquote>
<h2>${hBody[10]}</h2><p>${hBody[11]}</p>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7d1c"><span class="hs-cta-node hs-cta-7d1c" id="hs-cta-7d1c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/88410/7d1c"><img class="hs-cta-img" id="hs-cta-img-7d1c" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/88410/7d1c.png" alt="Give to the Rare Blood Fund"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script>
<script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(88410, '7d1c', {"useNewLoader":"true"});</script>
</span><!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"></g></svg>
${anchors(hTags, 'blog-post__tag-link')}</div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
<article class="blog-related-posts__post"><h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="#">A summer of sessions in Eastgate</a></h3>
<p class="blog-related-posts__post-summary">Three community sessions, 212 first-time donors.</p>
<a class="blog-related-posts__read-more" href="#">Read more</a></article></div></section>
<section class="blog-subscribe"><h2>Subscribe to Foundation news</h2>
<div id="hs_form_target_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-1a2b">Email<span class="hs-form-required">*</span></label>
<div class="input"><input id="email-1a2b" name="email" required placeholder="" type="email" class="hs-input" inputmode="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></section>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul class="footer__links">${hFoot
  .map(
    (f) => `<li><a href="#">${f}</a>
</li>`,
  )
  .join('')}</ul>
<p>Saint Brennan’s Children’s Hospital Foundation is a registered charity. © 2026</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-target-ignore>
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer.
These cookies are used to improve your website experience and provide more personalized services to you.</p></div></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/88410.js"></script>
</body></html>`;
const rareBlood: TestPage = {
  name: 'heldout501-rare-blood-hubspot',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hBody[2] ?? '', hBody[5] ?? '', hBody[10] ?? ''],
  body: texts(hBody.filter((_, i) => ![2, 5, 10].includes(i))),
  bylines: ['Lorna Achterberg', 'Jun 19, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Donate now', 'Blood donation', 'Research', 'Related posts', 'A summer of sessions in Eastgate',
    'Three community sessions, 212 first-time donors.',
    'Read more', 'Subscribe to Foundation news', 'Email*', ...hFoot, 'Saint Brennan’s Children’s Hospital Foundation is a registered charity. © 2026',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT501_D: readonly TestPage[] = [blooddrive, rareBlood];
