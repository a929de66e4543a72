import { links, type TestPage } from './page-kit.js';
import { at, j } from './pages-heldout624-kit.js';

/**
 * Held-out batch 624, file f: a whole-hog butchery weekend page built with Elementor (Hello Elementor theme, Elementor Pro header
 * and footer) with icon lists, an FAQ accordion, a testimonial and a Complianz cookie banner, and a local news article on a
 * Next.js news site about a smokehouse expansion, with ad slots, an inline "Read more" link, a newsletter box and a most-read rail.
 */
const eTitle = 'Whole Hog Weekend';
const eBody = [
  j(
    'Two days, one pig, eight people. Over a weekend at our farm butchery you will take a whole Gloucester Old Spot from carcass to',
    'finished cuts, sausages and a cure that you take home to finish in your own fridge.',
  ),
  'What is included',
  'Both days of tuition with our master butcher, Dafydd Rowe',
  'Your share of the pig, about 10kg of joints, chops, sausages and bacon',
  'Knife, apron and steel to keep',
  'Breakfast, lunch and a hog roast supper on Saturday night',
  'The weekend',
  j(
    'Saturday is about breaking the carcass down: splitting, seaming out the primals and understanding why each cut behaves the way',
    'it does in the kitchen. On Sunday we turn the trim into sausage and set up a dry cure for bacon and a small ham.',
  ),
  'FAQs',
  'Do I need any experience?',
  'No. Most people on the course have never boned a joint before. You will work at your own pace with plenty of help.',
  'Can I bring my own knives?',
  'Yes, but please keep them sharp and bring a roll to carry them in. We also provide a full set for each person.',
  'What if I cannot make my date?',
  'We can move your booking to another weekend up to 21 days before the course. After that the place is not refundable.',
];
const eHeads = [1, 6, 8];
const eNav = ['Home', 'Courses', 'Farm Shop', 'Gift Vouchers', 'Contact'];
const eW = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eIcons = (items: string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eAcc = (pairs: string[]): string => {
  const rows: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const n = i / 2 + 1;
    rows.push(`<div class="elementor-accordion-item"><div id="elementor-tab-title-21${n}" class="elementor-tab-title" data-tab="${n}" role="button"
aria-controls="elementor-tab-content-21${n}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span><a class="elementor-accordion-title" tabindex="0">${at(
      pairs,
      i,
    )}</a></div>
<div id="elementor-tab-content-21${n}" class="elementor-tab-content elementor-clearfix" data-tab="${n}" role="region"
aria-labelledby="elementor-tab-title-21${n}">
<p>${at(pairs, i + 1)}</p></div></div>`);
  }
  return `<div class="elementor-accordion">${rows.join('\n')}</div>`;
};
const eSec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${eTitle} &#8211;
Nant Farm Butchery</title>
<meta name='robots' content='max-image-preview:large'><link rel='stylesheet' id='hello-elementor-css'
href='https://nantfarmbutchery.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css'
href='https://nantfarmbutchery.co.uk/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.20.2'>
<link rel='stylesheet' id='elementor-post-88-css' href='https://nantfarmbutchery.co.uk/wp-content/uploads/elementor/css/post-88.css?ver=1711'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
<meta name="generator" content="Elementor 3.20.2; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-88 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
${eSec(
  '3f2a',
  `${eW(
    'theme-site-logo',
    `<a href="/"><img width="180" height="60" src="/wp-content/uploads/2024/02/nant-logo.png"
alt="Nant Farm Butchery"></a>`,
  )}
${eW(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container
elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-4c1d" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-4c1d" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav>`,
)}`,
)}</div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content"><div data-elementor-type="wp-page"
data-elementor-id="88"
class="elementor elementor-88" data-elementor-post-type="page">
${eSec(
  '6b1e',
  `${eW('heading', '<span class="elementor-heading-title elementor-size-default">Two-day butchery course</span>')}
${eW('heading', `<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1>`)}
${eW('text-editor', `<p>${at(eBody, 0)}</p>`)}
${eW(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/checkout/?add-to-cart=410">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book the weekend – £395</span></span></a></div>`,
)}`,
)}
${eSec(
  '7c20',
  `${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eBody, 1)}</h2>`)}
${eW('icon-list', eIcons(eBody.slice(2, 6)))}
${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eBody, 6)}</h2>`)}
${eW('text-editor', `<p>${at(eBody, 7)}</p>`)}`,
)}
${eSec(
  '8d31',
  eW(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">“I have cooked for thirty years and
learned more in two days here than in all of them.”</div><div class="elementor-testimonial-meta"><div class="elementor-testimonial-details">
<div class="elementor-testimonial-name">Harriet Vale</div><div class="elementor-testimonial-job">Weekend guest, October</div></div></div></div>`,
  ),
)}
${eSec(
  '9e42',
  `${eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eBody, 8)}</h2>`)}
${eW('accordion', eAcc(eBody.slice(9)))}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSec(
  'a1f0',
  `${eW('text-editor', '<p>Nant Farm Butchery, Llanfair Nant, Powys</p><p>Open Wednesday to Saturday</p>')}
${eW(
  'social-icons',
  `<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item">
<a class="elementor-icon elementor-social-icon" href="https://instagram.com/nantfarm"><span class="elementor-screen-only">Instagram</span></a></span></div>`,
)}
${eW('text-editor', '<p>© 2027 Nant Farm Butchery. All rights reserved.</p>')}`,
)}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div
class="cmplz-header">
<div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">
We use cookies to optimise our website and our service.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://nantfarmbutchery.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.0" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout624-elementor-whole-hog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eHeads.map((i) => at(eBody, i)),
  body: eBody.filter((_, i) => !eHeads.includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Two-day butchery course', ...eNav.filter((t) => t !== 'Home'), 'Book the weekend – £395',
    '“I have cooked for thirty years and learned more in two days here than in all of them.”', 'Harriet Vale', 'Weekend guest, October',
    'Nant Farm Butchery, Llanfair Nant, Powys', 'Open Wednesday to Saturday', 'Instagram', '© 2027 Nant Farm Butchery. All rights reserved.',
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

const nTitle = 'Loch Aird smokehouse to double kiln space after supermarket deal';
const nDek = 'Family firm will hire twelve staff and keep smoking by hand, owner says';
const nBody = [
  j(
    'A family smokehouse on the shore of Loch Aird is to double the size of its kiln house after signing a deal to supply smoked',
    'salmon and kippers to a national supermarket chain.',
  ),
  j(
    'Kilbrannan Smokehouse, which has operated from a former herring shed since 1978, was granted planning permission on Tuesday',
    'for a second kiln building and a chilled packing room on land behind its existing site.',
  ),
  j('Owner Kirsty Mair said the expansion would create twelve jobs over the next two years and that the business would not', 'change the way it smokes fish.'),
  j(
    '“People have asked whether we will switch to electric kilns or liquid smoke to keep up. We will not. The new kilns are brick,',
    'the same as the ones my grandfather built, and every side will still be salted by hand,” she said.',
  ),
  'Concerns over traffic',
  j(
    'The council’s planning committee approved the application by seven votes to two. Two neighbours had objected, raising',
    'concerns about lorries on the single-track shore road and smoke drifting over nearby houses.',
  ),
  j(
    'Conditions attached to the permission limit deliveries to between 8am and 6pm on weekdays and require the firm to fit a',
    'taller flue to the new kilns. A passing place will also be added on the shore road at the company’s expense.',
  ),
  j(
    'Councillor Alan Guthrie, who chairs the committee, said the smokehouse was “exactly the kind of business this coast needs”,',
    'adding that the conditions struck a fair balance with the concerns of residents.',
  ),
  'Building work is expected to start in May and the new kilns should be in use by the spring of 2028.',
];
const nNav = ['News', 'Business', 'Politics', 'Sport', 'What’s On', 'Opinion'];
const nMost = [
  'Ferry timetable cut again as engine parts delayed',
  'Aird primary school wins national science prize',
  'Harbour car park charges to rise in April',
  'Shinty: Aird hold on for first win of the season',
];
const nFoot = ['About us', 'Contact', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nAd = (slot: string): string => `<div class="AdSlot_wrapper__pQ2x1" data-slot="${slot}"><span class="AdSlot_label__Vt0aZ">Advertisement</span>
<div id="div-gpt-ad-${slot}" class="AdSlot_ad__9dF3s" style="min-height:250px"></div></div>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | The Aird Courier</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<meta property="article:published_time" content="2027-03-10T06:00:00.000Z"/><link rel="canonical"
href="https://airdcourier.co.uk/news/business/kilbrannan-smokehouse-expansion"/>
<link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/8a1e2f0c3b9d4e5f.css" data-precedence="next"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2027-03-10T06:00:00.000Z",
"author":[{"@type":"Person","name":"Morven Lachlan"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Aird Courier"}}</script>
<script src="/_next/static/chunks/webpack-7c1a2b3d4e5f6a7b.js" async=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__aX1bQ" href="#main">Skip to main content</a>
<div class="TopBar_bar__Zk3m2"><span>Wednesday 10 March 2027</span><a href="/subscribe" class="TopBar_subscribe__Q1wE7">Subscribe from £1 a week</a></div>
<header class="Header_header__x7Yq1"><div class="Header_inner__Lk9Pz"><a class="Header_logo__f3K2a" href="/" aria-label="The Aird Courier home">
<svg class="Logo_svg__p0Q1r" viewBox="0 0 220 40" role="img"><title>The Aird Courier</title></svg></a><button class="Header_search__mN4b0" aria-label="Search"
type="button"><svg viewBox="0 0 24 24"></svg></button><a class="Header_signin__zX8c1" href="/account">Sign in</a></div>
<nav class="Nav_nav__b2WqE" aria-label="Sections"><ul class="Nav_list__9aJkL">${links(nNav, 'Nav_item__tY6uB')}</ul></nav></header>
<main id="main" class="Layout_main__s8VdE"><div class="ArticleLayout_grid__Hq1n0"><article class="ArticleLayout_article__7LwPq">
<div class="ArticleHeader_kicker__u1KfJ"><a href="/news/business">Business</a></div><h1 class="ArticleHeader_headline__cR2fT">${nTitle}</h1>
<p class="ArticleHeader_standfirst__Dd8sX">${nDek}</p><div class="Byline_byline__R5eTy"><div class="Byline_author__wQ0pL">By
<a href="/authors/morven-lachlan">Morven
Lachlan</a></div><time class="Byline_date__aS3dF" dateTime="2027-03-10T06:00:00.000Z">10 March 2027, 6:00am</time></div>
<div class="ShareBar_bar__Pm7Yh"><button aria-label="Share on Facebook" class="ShareBar_btn__c4Vd2"><svg viewBox="0 0 24 24"></svg></button><button
aria-label="Share by email" class="ShareBar_btn__c4Vd2"><svg viewBox="0 0 24 24"></svg></button><button class="ShareBar_copy__o0Kp3">Copy link</button></div>
<figure class="ArticleImage_figure__f6Gh9"><img alt="Smoked salmon sides hanging in a brick kiln" loading="eager" width="1200" height="675" decoding="async"
src="/_next/image?url=%2Fimages%2Fkiln.jpg&amp;w=1200&amp;q=75"/><figcaption class="ArticleImage_caption__kT1aW">Sides of salmon in one of Kilbrannan’s
original kilns. <span class="ArticleImage_credit__Ea5Rb">Photo: Ewan Drummond</span></figcaption></figure>
<div class="ArticleBody_body__3kT2a"><p>${at(nBody, 0)}</p><p>${at(nBody, 1)}</p>${nAd('mpu-1')}<p>${at(nBody, 2)}</p><p>${at(nBody, 3)}</p>
<p class="ArticleBody_readMore__n2Hs8"><strong>Read more: </strong><a href="/news/business/aird-fish-market-reopens">Aird fish market reopens after two-year
closure</a></p><h2>${at(nBody, 4)}</h2><p>${at(nBody, 5)}</p><p>${at(nBody, 6)}</p>${nAd('mpu-2')}<p>${at(nBody, 7)}</p><p>${at(nBody, 8)}</p></div>
<aside class="NewsletterSignup_box__g7Ty0"><h3 class="NewsletterSignup_title__bQ4aZ">Get the Courier in your inbox</h3><p>The day’s top stories from Aird and
the
islands, every morning at 7am.</p><form><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email" placeholder="Your email"/>
<button type="submit">Sign up</button></form></aside>
<div class="Tags_tags__Wm2e1"><a href="/topics/food-and-drink">Food and drink</a><a href="/topics/planning">Planning</a><a href="/topics/jobs">Jobs</a></div>
</article><aside class="ArticleLayout_rail__B0nTz"><section class="MostRead_box__tY1xP"><h2 class="MostRead_title__c8Lm2">Most read</h2><ol>
${nMost
  .map((t, i) => `<li class="MostRead_item__kA3sZ"><span class="MostRead_rank__e0Qz1">${i + 1}</span><a href="/news/x">${t}</a></li>`)
  .join('\n')}</ol></section>
${nAd('rail-1')}</aside></div></main>
<footer class="Footer_footer__Jw1pX"><ul class="Footer_links__aL0Fd">${links(nFoot)}</ul><p class="Footer_copy__xD9kQ">© 2027 Aird Courier Media Ltd. Registered
in Scotland No. SC400123.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a-88213","headline":"${nTitle}","section":"business",
"author":"Morven Lachlan","wordCount":361}},"__N_SSP":true},"page":"/news/[section]/[slug]","query":{"section":"business",
"slug":"kilbrannan-smokehouse-expansion"},"buildId":"h7Yk2LqP0","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const nextNews: TestPage = {
  name: 'heldout624-nextjs-smokehouse-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [at(nBody, 4)],
  body: [nDek, ...nBody.filter((_, i) => i !== 4)],
  bylines: ['By Morven Lachlan', '10 March 2027, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Wednesday 10 March 2027', 'Subscribe from £1 a week', 'Sign in', ...nNav.filter((t) => t !== 'Business'), 'Copy link',
    'Sides of salmon in one of Kilbrannan’s original kilns.', 'Photo: Ewan Drummond', 'Advertisement',
    'Read more: Aird fish market reopens after two-year closure', 'Get the Courier in your inbox',
    'The day’s top stories from Aird and the islands, every morning at 7am.', 'Email address', 'Sign up', 'Food and drink',
    'Most read', '1', '2', '3', '4', ...nMost, ...nFoot, '© 2027 Aird Courier Media Ltd. Registered in Scotland No. SC400123.',
  ],
};

export const HELDOUT624_F: readonly TestPage[] = [elementor, nextNews];
