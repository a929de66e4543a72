import { ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout679-kit.js';

/**
 * Held-out batch 679, file e: an auction house's buying guide on Webflow (hero, rich text, collapsed FAQ, Finsweet cookie
 * banner) and an auction house blog post on HubSpot CMS (CTA image, tags, related posts, HubSpot cookie banner).
 */
const fTitle = 'How to buy at auction';
const fDek = 'New to auctions? Here is how bidding at Marlowe Kemp works, in person, by phone and online.';
const fH = ['Before the sale', 'Ways to bid', 'After you win', 'Frequently asked questions'];
const fBefore = [
  j(
    'Every lot is on view at the saleroom for three days before the sale, and we encourage you to come and handle anything you',
    'are interested in. If you cannot visit, ask the department for a condition report and extra photographs.',
  ),
  'You will need to register before you can bid. Bring photo identification and proof of address, or register online.',
];
const fWays = [
  '<strong>In the room:</strong> collect a paddle from the front desk and raise it clearly when you want to bid.',
  '<strong>By telephone:</strong> book a line at least 24 hours before the sale for lots estimated over £500.',
  '<strong>Commission bid:</strong> leave a maximum bid with us and we will bid for you as cheaply as the room allows.',
  '<strong>Online:</strong> bid live through our own platform; a 3% online surcharge applies.',
];
const fAfter = j(
  'If your bid is successful you will receive an invoice by email that evening. The buyer’s premium is 26% plus VAT on the',
  'hammer price. Payment is due within five working days, and lots must be collected or shipped within ten.',
);
const fFaq = [
  ['What does “estimate” mean?', 'It is the range we expect the lot to sell within. Lots can and do sell above or below it.'],
  ['Can I cancel a bid?', 'No. Every bid is a binding contract, so please bid only on lots you have inspected or understood.'],
  ['Do you ship abroad?', 'We work with two shipping companies who will quote for delivery anywhere in the world.'],
] as const;
const fNav = ['Upcoming auctions', 'Past results', 'Buying', 'Selling', 'About'];
const fFoot = ['Marlowe Kemp Auctioneers', '22 Ropewalk, Bridport DT6 3RH', 'Privacy', 'Conditions of sale', '© 2027 Marlowe Kemp Ltd'];
const faqHtml = fFaq
  .map(
    ([q, a]) => `<div class="faq-item"><div data-w-id="3c6b1a2e-8a77-4d1f-0c5a-2b9f0c1a7e${q.length}" class="faq-question">
<h3 class="faq-heading">${q}</h3><div class="faq-icon">+</div></div><div style="height:0px" class="faq-answer"><p class="faq-p">${a}</p></div></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 01 2027 10:12:44 GMT+0000 -->
<html data-wf-domain="www.marlowekemp.com" data-wf-page="65b2c1f4a9e3d2001c7f4b21" data-wf-site="65b2c1f4a9e3d2001c7f4a8e"><head><meta charset="utf-8">
<title>How to buy at auction | Marlowe Kemp</title><meta content="New to auctions? Here is how bidding at Marlowe Kemp works." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b2c1f4a9e3d2001c7f4a8e/css/marlowe-kemp.webflow.7c2d1e9f0.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65b2/logo.svg"
loading="lazy" alt="Marlowe Kemp" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="/register" class="button nav-button w-button">Register to bid</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-hero"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${fTitle}</h1>
<p class="paragraph-large">${fDek}</p></div></section>
<section class="section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text w-richtext">
<h2>${fH[0]}</h2>${ps(fBefore)}<h2>${fH[1]}</h2><ul role="list">${lis(fWays)}</ul><h2>${fH[2]}</h2><p>${fAfter}</p>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65b2/saleroom.jpg" loading="lazy"
alt="The saleroom on sale day"></div><figcaption>Sale day at the Ropewalk saleroom.</figcaption></figure></div></div></section>
<section class="section-faq"><div class="w-layout-blockcontainer container-narrow w-container"><h2 class="heading-l">${fH[3]}</h2>
<div class="faq-wrapper">${faqHtml}</div></div></section>
<section class="section-cta"><div class="container w-container"><h2 class="heading-l">Ready to bid?</h2>
<a href="/upcoming-auctions" class="button w-button">See upcoming auctions</a></div></section>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid">
${fFoot.map((f, i) => (i < 2 ? `<div class="footer-text">${f}</div>` : `<a href="/" class="footer-link">${f}</a>`)).join('\n')}</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to enhance site navigation and analyze site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b2c1f4a9e3d2001c7f4a8e" type="text/javascript"
crossorigin="anonymous"></script><script src="https://assets-global.website-files.com/65b2c1f4a9e3d2001c7f4a8e/js/webflow.4b2f1a.js" type="text/javascript">
</script></body></html>`;
const webflow: TestPage = {
  name: 'heldout679-webflow-buying-guide',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fH, ...fFaq.map(([q]) => q)],
  body: [fDek, ...fBefore, ...fWays.map((w) => w.replace(/<\/?strong>/g, '')), fAfter, ...fFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Register to bid', 'Sale day at the Ropewalk saleroom.', 'Ready to bid?', 'See upcoming auctions', ...fFoot,
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.', 'Preferences',
    'Deny', 'Accept',
  ],
};

const hTitle = 'Five things to check before you consign a wristwatch';
const hIntro = j(
  'Vintage watches are one of the busiest departments in the saleroom, and a few minutes of preparation can make a real',
  'difference to the price. Before you bring a watch in, run through this list.',
);
const hList = [
  j(
    '<strong>Don’t wind it, open it or polish it.</strong> If it has stopped, leave it stopped. A seized movement forced back',
    'into life can be badly damaged, and polishing softens the case edges that collectors prize.',
  ),
  '<strong>Find the paperwork.</strong> Boxes, guarantees, receipts and service papers all add value, sometimes a great deal.',
  '<strong>Look for the reference and serial numbers.</strong> They are usually between the lugs or on the case back.',
  '<strong>Keep the original strap or bracelet,</strong> even if it is worn out. A period bracelet can be worth more than the watch.',
  '<strong>Tell us its story.</strong> Who bought it, when and where. A presentation inscription is a plus, not a flaw.',
];
const hOutro = 'Our watch department holds free valuation days on the first Tuesday of every month, with no appointment needed.';
const hNav = ['Auctions', 'Departments', 'Sell', 'Buy', 'Blog', 'Contact'];
const hTags = ['Watches', 'Selling tips'];
const hRel = ['What happens to your lot on sale day', 'Reading a Swiss hallmark', 'Our record-breaking autumn watch sale'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="A few minutes of preparation can make a real difference to the price of a vintage watch at auction.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs-fs/hub/7731204/hub_generated/template_assets/1/51238810771/1706112044581/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Devika Lund"},
"datePublished":"2027-03-03T09:00:00Z"}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://blog.fenwickoriel.com/consign-a-wristwatch">
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en';</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-112930018221 hs-blog-post hs-blog-id-51238811002">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<a href="https://www.fenwickoriel.com" id="hs-link-site_logo">
<img src="https://www.fenwickoriel.com/hubfs/logo.svg" class="hs-image-widget" alt="Fenwick Oriel"></a>
</span></div><div class="header__navigation header--element"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${hNav.map((n) => `<li class="no-submenu menu-item hs-skip-lang-url-rewrite"><a href="/${n.toLowerCase()}" class="menu-link">${n}</a></li>`).join('\n')}
</ul></nav></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://blog.fenwickoriel.com/author/devika-lund">Devika Lund</a>
<time datetime="2027-03-03 09:00:00" class="blog-post__timestamp">Mar 3, 2027 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><p>${hIntro}</p><!--more--><ol>${lis(hList.map((t) => `<p>${t}</p>`))}</ol>
<p>${hOutro}</p><p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8f21b7c0-5d4e-4a1f-9b33-0d2c7e6a1f45">
<span class="hs-cta-node hs-cta-8f21b7c0-5d4e-4a1f-9b33-0d2c7e6a1f45" id="hs-cta-8f21b7c0-5d4e-4a1f-9b33-0d2c7e6a1f45">
<a href="https://cta-redirect.hubspot.com/cta/redirect/7731204/8f21b7c0-5d4e-4a1f-9b33-0d2c7e6a1f45"><img class="hs-cta-img" id="hs-cta-img-8f21b7c0"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/7731204/8f21b7c0.png" alt="Book a free watch valuation"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(7731204,
'8f21b7c0-5d4e-4a1f-9b33-0d2c7e6a1f45', {"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252V48"></path></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="https://blog.fenwickoriel.com/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(',\n')}</div>
</article><section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${hRel.map((t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/"><h3>${t}</h3></a></div>`).join('\n')}
</div></section><div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing"
class="new-comments"></div><div id="hs_form_target_2a97c51e"></div></div></div></div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Fenwick Oriel Auctioneers, 9 Castle Hill, Lancaster LA1 1YN</p><p>© 2027 Fenwick Oriel Ltd. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on
your computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/7731204.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout679-hubspot-watch-tips',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: [hIntro, ...hList.map((t) => t.replace(/<\/?strong>/g, '')), hOutro],
  bylines: ['Devika Lund', 'Mar 3, 2027 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Selling tips', 'Related posts', ...hRel, 'Fenwick Oriel Auctioneers, 9 Castle Hill, Lancaster LA1 1YN',
    '© 2027 Fenwick Oriel Ltd. All rights reserved.',
    j(
      'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
      'personalized services to you.',
    ),
    'Accept', 'Decline',
  ],
};

export const HELDOUT679_E: readonly TestPage[] = [webflow, hubspot];
