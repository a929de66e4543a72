import { links, type TestPage } from './page-kit.js';
import { kennelBreed } from './pages-heldout224-a2.js';

/**
 * Held-out batch 224, file a: a vet clinic's blog post on a WordPress (GeneratePress-style) site (top bar with the emergency
 * number, logo, nav with the "Book online" button, Yoast breadcrumbs, entry meta with date and author, a featured image with
 * caption, the practice's "Worried about your pet?" call-to-action block inside the entry content, category and tag links,
 * post navigation, "Comments are closed.", the sidebar with search, recent posts and opening hours, the footer and the
 * CookieYes banner) and, from file a2, a Kennel Club breed page.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const items = (s: string): string[] =>
  s
    .trim()
    .split('\n')
    .map((t) => t.trim());
const vTitle = 'Heatstroke in dogs: what our nurses want every owner to know';
const vP1 = paras(`
Every summer our nurses see the same thing. A dog comes in panting, wobbly and hot to the touch after what the owner thought was an ordinary
walk on a warm afternoon. Last July we treated eleven dogs for heatstroke in a single fortnight, and two of them needed to stay with us overnight.

Heatstroke is an emergency, but it is also one of the most preventable problems we deal with. A few small changes to your routine on hot days can
make all the difference.`);
const vH1 = 'How quickly can it happen?';
const vP2 = paras(`
Much faster than most people expect. Dogs cool themselves mainly by panting, which works far less well than sweating does for us. On a day of 25
degrees, the inside of a parked car can pass 40 degrees within half an hour, and a dog left inside can be in serious trouble in less time than it
takes to queue at a supermarket till.

Flat-faced breeds such as pugs, French bulldogs and boxers are at greater risk, as are older dogs, puppies, overweight dogs and those with heart or
breathing problems. But we see heatstroke in fit young spaniels and collies too, usually after a game of fetch that went on too long.`);
const vH2 = 'Warning signs to look out for';
const vList1 = items(`
Heavy panting that does not settle when your dog rests in the shade.
Thick, sticky drool and a dark red or purple tongue.
Weakness, stumbling or seeming confused.
Vomiting or diarrhoea.
Collapse or fitting.`);
const vH3 = 'What to do if you think your dog has heatstroke';
const vP3 = paras(`
Move your dog somewhere shaded and cool straight away, and call us. While you wait or travel, cool them with water that is cool rather than ice
cold. Pour it over their body, or use wet towels that you keep changing, and let them drink small amounts if they want to. Keep the car windows
open or the air conditioning on during the journey.

Please do not wait to see whether your dog improves on their own. Heatstroke damages the organs even when a dog seems to be recovering, and the
sooner treatment starts the better the outlook.`);
const vH4 = 'Keeping your dog cool this summer';
const vList2 = items(`
Walk early in the morning or late in the evening, and check the pavement with the back of your hand first.
Never leave your dog in a car, conservatory or caravan on a warm day, even with a window open.
Make sure there is always shade and fresh water at home and in the garden.
Swap long games of fetch for a sniffing walk or a frozen treat on the hottest days.`);
const vP4 = paras(`
If you are not sure whether your dog is at higher risk, ask at their next check-up. Our nurses are always happy to talk through a summer plan
for your pet.`);
const vCta = ['Worried about your pet?', 'Book an appointment online or call our team on 01632 960 418. Out of hours, call 01632 960 999.', 'Book online'];
const vNav = ['Home', 'Our services', 'Meet the team', 'Pet health club', 'New clients', 'Blog', 'Contact us'];
const vRecent = [
  'Is your rabbit’s diet giving them dental problems?',
  'Why we ask for a urine sample at senior check-ups',
  'Our new cat-friendly waiting room',
];
const vFoot = ['Privacy policy', 'Cookie policy', 'Complaints', 'Terms and conditions', 'Careers'];
const vCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised content, and analyse our traffic. By clicking "Accept All", you consent ' +
    'to our use of cookies.',
];
const vCap = 'Short-nosed breeds struggle to cool down by panting and need extra care on warm days.';
const vBlock = (tag: string, ts: readonly string[]): string => ts.map((t) => `<${tag}>${t}</${tag}>`).join('\n');
const vHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Heatstroke in dogs: what our nurses want every owner to know - Brookfield Veterinary Centre</title>
<meta name="description" content="How to spot heatstroke in dogs, what to do, and how to keep your dog cool this summer.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://www.brookfieldvets.example/heatstroke-in-dogs/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${vTitle}">
<meta property="article:published_time" content="2025-06-12T08:30:00+00:00"><meta name="author" content="Lucy Penhaligon RVN">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":
"https://www.brookfieldvets.example/heatstroke-in-dogs/#article","author":{"name":"Lucy Penhaligon RVN"},"headline":"${vTitle}",
"datePublished":"2025-06-12T08:30:00+00:00","articleSection":["Dogs","Seasonal advice"]},{"@type":"BreadcrumbList","itemListElement":[{"@type":
"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Blog"}]}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://www.brookfieldvets.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1">
<script src="https://www.brookfieldvets.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2417 single-format-standard wp-custom-logo wp-embed-responsive right-sidebar
nav-float-right separate-containers header-aligned-left" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container"><aside id="block-7" class="widget inner-padding widget_block">
<p class="top-bar-emergency"><strong>24-hour emergency line:</strong> 01632 960 999</p></aside></div></div>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-logo"><a href="https://www.brookfieldvets.example/" rel="home">
<img class="header-image is-logo-image" alt="Brookfield Veterinary Centre" src="https://www.brookfieldvets.example/wp-content/uploads/logo.svg" width="260"
height="64"></a></div><nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span></button>
</nav><nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">
${links(vNav, 'menu-item menu-item-type-post_type menu-item-object-page')}
<li class="menu-item menu-button"><a href="/book-online/">Book an appointment</a></li></ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><div class="yoast-breadcrumbs"><span><span><a href="https://www.brookfieldvets.example/">Home</a></span> »
<span><a href="https://www.brookfieldvets.example/blog/">Blog</a></span> » <span class="breadcrumb_last" aria-current="page">Heatstroke in dogs</span></span>
</div>
<article id="post-2417" class="post-2417 post type-post status-publish format-standard has-post-thumbnail hentry category-dogs category-seasonal-advice
tag-summer tag-first-aid" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><figure class="wp-block-image">
<img width="1200" height="675" src="https://www.brookfieldvets.example/wp-content/uploads/2025/06/pug-shade.jpg" class="attachment-full size-full wp-post-image"
alt="A pug resting in the shade of a tree" itemprop="image" decoding="async" fetchpriority="high"><figcaption>${vCap}</figcaption></figure></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${vTitle}</h1><div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2025-06-12T08:30:00+00:00" itemprop="datePublished">12 June 2025</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://www.brookfieldvets.example/author/lucy-penhaligon/" title="View all posts by Lucy Penhaligon RVN" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Lucy Penhaligon RVN</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${vBlock('p', vP1)}
<h2 class="wp-block-heading">${vH1}</h2>
${vBlock('p', vP2)}
<h2 class="wp-block-heading">${vH2}</h2>
<ul class="wp-block-list">${vBlock('li', vList1)}</ul>
<h2 class="wp-block-heading">${vH3}</h2>
${vBlock('p', vP3)}
<h2 class="wp-block-heading">${vH4}</h2>
<ul class="wp-block-list">${vBlock('li', vList2)}</ul>
${vBlock('p', vP4)}
<div class="wp-block-group bvc-cta has-pale-cyan-blue-background-color has-background is-layout-constrained"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading bvc-cta__title">${vCta[0]}</h3><p>${vCta[1]}</p><div class="wp-block-buttons"><div class="wp-block-button">
<a class="wp-block-button__link wp-element-button" href="/book-online/">${vCta[2]}</a></div></div></div></div>
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/dogs/" rel="category tag">Dogs</a>, <a href="/category/seasonal-advice/" rel="category tag">Seasonal advice</a></span>
<span class="tags-links"><span class="screen-reader-text">Tags </span>
<a href="/tag/summer/" rel="tag">summer</a>, <a href="/tag/first-aid/" rel="tag">first aid</a>
</span><nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a
href="/rabbit-diet-dental-problems/" rel="prev">Is your rabbit’s diet giving them dental problems?</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><p class="no-comments">Comments are closed.</p></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://www.brookfieldvets.example/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" value="" name="s"></label>
<button class="search-submit" aria-label="Search">Search</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>${links(vRecent)}</ul></aside>
<aside id="block-9" class="widget inner-padding widget_block"><h2 class="widget-title">Opening hours</h2><p>Monday to Friday: 8am to 7pm</p>
<p>Saturday: 9am to 1pm</p><p>Sunday: emergencies only</p></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="footer-widgets"><p>Brookfield Veterinary Centre, 3 Tanner Row, Elmsford EF4 2JD</p><p>RCVS Accredited Practice</p>
<ul class="footer-menu">${links(vFoot)}</ul></div><div class="copyright-bar">© 2025 Brookfield Veterinary Centre Ltd. Registered in England no. 08812245.</div>
</div></footer></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">${vCookie[0]}</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>${vCookie[1]}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script id="generate-menu-js" src="https://www.brookfieldvets.example/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1"></script>
<script id="cookie-law-info-js-extra">var _ckyConfig =
{"_ipData":[],"_assetsURL":"https://www.brookfieldvets.example/wp-content/plugins/cookie-law-info/"};</script>
</body></html>`;
const vetBlog: TestPage = {
  html: vHtml,
  name: 'heldout224-wordpress-vet-clinic-blog',
  kind: 'blog',
  // the practice's call-to-action block inside the entry content is furniture (it closes every post); the date and the
  // author are bylines ("by" is left out, a bare word)
  title: vTitle,
  headings: [vH1, vH2, vH3, vH4],
  body: [...vP1, ...vP2, ...vList1, ...vP3, ...vList2, ...vP4],
  bylines: ['12 June 2025', 'Lucy Penhaligon RVN'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '24-hour emergency line: 01632 960 999', 'Menu', ...vNav, 'Book an appointment', 'Heatstroke in dogs', vCap, ...vCta, 'Dogs',
    'Seasonal advice', 'summer', 'first aid', 'Comments are closed.', 'Search for:', 'Recent posts', ...vRecent, 'Opening hours',
    'Monday to Friday: 8am to 7pm', 'Saturday: 9am to 1pm', 'Sunday: emergencies only', 'Brookfield Veterinary Centre, 3 Tanner Row, Elmsford EF4 2JD',
    'RCVS Accredited Practice', ...vFoot, '© 2025 Brookfield Veterinary Centre Ltd. Registered in England no. 08812245.', ...vCookie, 'Customise',
    'Reject All', 'Accept All',
  ],
};

export const HELDOUT224_A: readonly TestPage[] = [vetBlog, kennelBreed];
