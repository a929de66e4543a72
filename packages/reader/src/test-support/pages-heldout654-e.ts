import { type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout654-kit.js';

/**
 * Held-out batch 654, file e (and e2): a long rescue story on a donkey sanctuary's WordPress site built with Elementor Pro (Hello
 * Elementor theme, theme-builder header, single-post template and footer, Complianz cookie banner).
 */
const eTitle = 'Twelve donkeys, one frozen field: the Crannock Moor rescue, one year on';
const eBody = [
  j(
    'It was a Tuesday in the second week of January when the call came through from the council’s animal welfare officer. A member',
    'of the public walking on Crannock Moor had seen a group of donkeys standing in a field with no grass, no shelter and a water',
    'trough frozen solid. Some of them, she said, were barely standing at all.',
  ),
  j(
    'By the time our team arrived with two lorries, the temperature had not risen above freezing for nine days. What we found that',
    'afternoon has stayed with every one of us. This is the story of those twelve donkeys, and of the year that followed.',
  ),
  'The field',
  j(
    'There were twelve of them in a field of about three acres: eight jennies, two geldings, an entire jack and a foal that could',
    'not have been more than four months old. The hedges had been stripped bare to the height a donkey can reach. The only hay in',
    'the field was a single mouldy round bale, trodden into the mud by the gate, and it had clearly been there for weeks.',
  ),
  j(
    'Their feet were the first thing our farrier noticed. Several of the donkeys had hooves so overgrown that they curled up at the',
    'toe like Turkish slippers, and two could only shuffle. One jenny, whom we later named Heather, was lying down and could not',
    'get up without help. Our vet, Anwen Pryce, said afterwards that she did not expect Heather to survive the journey.',
  ),
  j(
    'The owner, who had inherited the donkeys from a relative, agreed to sign them over to us that afternoon. We will not say more',
    'about him here, except that he was overwhelmed, and that the welfare officer’s follow-up is now complete.',
  ),
  'The first night',
  j(
    'Loading frightened, weak donkeys onto a lorry in the dark is slow work. It took almost three hours, with straw laid over the',
    'ramps so nobody slipped, and with the mothers loaded first so the foal would follow. Heather travelled lying down on a deep',
    'bed of straw, with one of our grooms sitting beside her the whole way.',
  ),
  j(
    'At the sanctuary we had cleared the isolation barn that morning. Every new arrival is kept apart from our resident herd for at',
    'least four weeks, in case of strangles, lice or worms, and these twelve needed the quiet anyway. They were given soaked hay in',
    'small amounts, warm water with a little sugar beet, and rugs for the thinnest. Nobody went home before midnight.',
  ),
  'Weeks of small steps',
  j(
    'Refeeding a starved donkey is dangerous if it is done too quickly. Donkeys are prone to hyperlipaemia, a build-up of fat in the',
    'blood that can kill within days when their bodies start breaking down their own reserves. Anwen took blood from every donkey on',
    'the first morning and again twice a week, and the feed plan changed with every result.',
  ),
  j(
    'Our farrier, Kit Harland, came six times in the first two months. You cannot trim a badly overgrown hoof back to normal in one',
    'visit without making the donkey lame, so he took off a little at a time, checking the angle of the bones on X-ray as he went.',
    'The dentist came in February and found sharp hooks on the back teeth of nine of the twelve, which explained why some of them',
    'had dropped their feed.',
  ),
  j(
    'Heather was the one we worried about most. For the first fortnight she had to be lifted to her feet in a sling twice a day, and',
    'her blood results were frightening. Then, on a Sunday morning in late January, the groom on duty came into the office and',
    'simply said: "She’s up." Heather had got up on her own in the night and was standing at the hay net.',
  ),
  'Names, and personalities',
  j(
    'Rescued donkeys rarely arrive with names, so our staff and volunteers chose them. The jennies became Heather, Bracken, Sorrel,',
    'Tansy, Willow, Hazel, Fern and Clover. The geldings are Flint and Ash. The young jack, who was gelded in April once he was',
    'strong enough, is Moss. The foal, who turned out to be Tansy’s daughter, is called Pip.',
  ),
  j(
    'As they got stronger, their characters came through. Bracken is bossy and runs the group. Flint is the clown, who unties any',
    'knot and once let himself into the feed room. Willow is so gentle that she now works with our visiting schools. Pip, who was',
    'too weak to play when she arrived, spent her first summer charging up and down the paddock and bucking at nothing.',
  ),
  'Where they are now',
  j(
    'One year on, all twelve are alive. Ten have joined the main herd on the hill fields and two, Heather and Sorrel, live with our',
    'older donkeys in the Orchard Yard, where the ground is flat and the shelter is close. Heather still has arthritis in one knee',
    'from her months on overgrown feet, and always will, but she walks to the gate for her breakfast every morning.',
  ),
  j(
    'Four of the group, Willow, Hazel, Flint and Ash, have been rehomed together to a family in the Wye valley who take guardians’',
    'courses with us and have two acres of old pasture. We visit them twice a year, as we do with every donkey we rehome.',
  ),
  'What it cost, and what it taught us',
  j(
    'The rescue and the first year of care for the Crannock Moor donkeys cost just over £21,000, in vet fees, farrier visits,',
    'dentistry, blood tests, feed and staff time. Almost all of it was covered by the emergency appeal we launched that January,',
    'and by the supporters who have adopted one of the twelve since.',
  ),
  j(
    'It also taught us to act sooner. Since the rescue we have started a simple reporting line for walkers and neighbours who see',
    'donkeys without shelter, water or feed. In its first ten months it has had 64 calls, and in most cases a friendly visit and a',
    'little advice were all that was needed.',
  ),
  j(
    'If you see donkeys that you are worried about, please call us. You will never be asked for your name, and you may save a',
    'life. And if you would like to meet the Crannock Moor twelve, most of them can be found on the hill fields any afternoon,',
    'usually with Bracken at the front.',
  ),
];
const eHead = [2, 6, 9, 13, 16, 19];
const eNav = ['Our Donkeys', 'Visit', 'Adopt', 'Report a Concern', 'News', 'Donate'];
const eRel = [
  ['Meet the Orchard Yard: our oldest residents', 'March 2, 2027'],
  ['How to tell if a donkey is too thin', 'February 11, 2027'],
];
const eShare = ['Facebook', 'Email', 'Print'];
const eFoot = ['Privacy Policy', 'Cookie Policy', 'Safeguarding', 'Contact'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Greystones Donkey Refuge</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://greystonesdonkeys.org/news/crannock-moor-rescue-one-year-on/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-01-14T08:00:00+00:00"><meta name="author" content="Rhiannon Vale">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Rhiannon Vale"},"datePublished":"2027-01-14T08:00:00+00:00","articleSection":["Rescue Stories"],"inLanguage":"en-GB"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://greystonesdonkeys.org/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://greystonesdonkeys.org/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7"
media="all">
<link rel="stylesheet" id="elementor-post-341-css" href="https://greystonesdonkeys.org/wp-content/uploads/elementor/css/post-341.css?ver=1736844000"
media="all">
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:10px}.cmplz-hidden{display:none!important}</style></head>
<body class="post-template-default single single-post postid-5127 single-format-standard elementor-default elementor-template-full-width elementor-kit-6
elementor-page-341"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-4c1d0e2 e-flex e-con-boxed e-con e-parent" data-id="4c1d0e2" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-8a21f3b elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="8a21f3b"
data-element_type="widget" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="https://greystonesdonkeys.org">
<img width="240" height="80" src="https://greystonesdonkeys.org/wp-content/uploads/2024/05/greystones-logo.svg" class="attachment-full size-full"
alt=""></a></div></div>
<div class="elementor-element elementor-element-f3b0c91 elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet
elementor-widget elementor-widget-nav-menu"
data-id="f3b0c91" data-element_type="widget" data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav aria-label="Menu"
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul
id="menu-1-f3b0c91"
class="elementor-nav-menu">${eNav
  .map(
    (t, i) => `<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-${20 + i}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`,
  )
  .join('')}
</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="341" class="elementor elementor-341 elementor-location-single post-5127 post type-post status-publish
format-standard has-post-thumbnail hentry category-rescue-stories" data-elementor-post-type="elementor_library"><div
class="elementor-element elementor-element-2e9d7a1
e-con-full e-flex e-con e-parent" data-id="2e9d7a1" data-element_type="container">
<div class="elementor-element elementor-element-71bd2c4 elementor-widget elementor-widget-post-info" data-id="71bd2c4" data-element_type="widget"
data-widget_type="post-info.default"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-4d1e2a0 elementor-inline-item" itemprop="about"><span
class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="/category/rescue-stories/"
class="elementor-post-info__terms-list-item">Rescue
Stories</a></span></span></li></ul></div></div>
<div class="elementor-element elementor-element-9c3a5f7 elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"
data-id="9c3a5f7"
data-element_type="widget" data-widget_type="theme-post-title.default"><div class="elementor-widget-container"><h1
class="elementor-heading-title elementor-size-default">
${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-0ab7e66 elementor-widget elementor-widget-post-info" data-id="0ab7e66" data-element_type="widget"
data-widget_type="post-info.default"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="author"><span
class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-author"><span class="elementor-post-info__item-prefix">Written by </span>Rhiannon Vale</span></li>
<li class="elementor-icon-list-item elementor-repeater-item-a2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-date"><time>January 14, 2027</time></span></li></ul></div></div>
<div class="elementor-element elementor-element-c44e0b8 elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image" data-id="c44e0b8"
data-element_type="widget" data-widget_type="theme-post-featured-image.default"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="https://greystonesdonkeys.org/wp-content/uploads/2027/01/crannock-twelve.jpg" alt="" loading="lazy"><figcaption
class="widget-image-caption wp-caption-text">
Bracken, Pip and Tansy on the hill fields last autumn.</figcaption></figure></div></div>
<div class="elementor-element elementor-element-5f0e1d2 elementor-widget elementor-widget-theme-post-content" data-id="5f0e1d2" data-element_type="widget"
data-widget_type="theme-post-content.default"><div class="elementor-widget-container">
${eBody.map((t, i) => (eHead.includes(i) ? `<h2 class="wp-block-heading">${t}</h2>` : `<p>${t}</p>`)).join('\n')}
</div></div>
<div class="elementor-element elementor-element-e1f0a2b elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient elementor-widget
elementor-widget-share-buttons" data-id="e1f0a2b" data-element_type="widget" data-widget_type="share-buttons.default"><div class="elementor-widget-container">
<div class="elementor-grid">${eShare
  .map(
    (t) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${t.toLowerCase()}"
role="button" tabindex="0" aria-label="Share on ${t.toLowerCase()}"><span class="elementor-share-btn__icon"></span><div
class="elementor-share-btn__text"><span class="elementor-share-btn__title">${t}</span></div></div></div>`,
  )
  .join('')}
</div></div></div>
<div class="elementor-element elementor-element-6b2c9d0 elementor-widget elementor-widget-heading" data-id="6b2c9d0" data-element_type="widget"><div
class="elementor-widget-container"><h3 class="elementor-heading-title elementor-size-default">More rescue stories</h3></div></div>
<div class="elementor-element elementor-element-1d7f3e5 elementor-grid-2 elementor-posts--thumbnail-top elementor-widget elementor-widget-posts"
data-id="1d7f3e5"
data-element_type="widget" data-widget_type="posts.classic"><div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts
elementor-posts--skin-classic elementor-grid">${eRel
  .map(
    (r) => `<article class="elementor-post elementor-grid-item post type-post"><div
class="elementor-post__text"><h3 class="elementor-post__title"><a href="/news/x/">${at(r, 0)}</a></h3><div class="elementor-post__meta-data"><span
class="elementor-post-date">${at(r, 1)}</span></div><a class="elementor-post__read-more" href="/news/x/"
aria-label="Read more about ${at(r, 0)}">Read More »</a></div></article>`,
  )
  .join('\n')}
</div></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="88" class="elementor elementor-88 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-77aa01c e-flex e-con-boxed e-con e-parent" data-id="77aa01c" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-3e5a6b1 elementor-widget elementor-widget-text-editor" data-id="3e5a6b1" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container"><p>Greystones Donkey Refuge, Pen-y-graig, Llanfihangel Nant Melan LD8 2TR</p>
<p>Registered charity no. 1174405</p></div></div>
<div class="elementor-element elementor-element-0c1d2e3 elementor-widget elementor-widget-nav-menu" data-id="0c1d2e3" data-element_type="widget"><div
class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-0c1d2e3" class="elementor-nav-menu">
${eFoot
  .map(
    (t) => `<li class="menu-item"><a href="/${t.toLowerCase().replace(/ /g, '-')}/"
class="elementor-item">${t}</a></li>`,
  )
  .join('')}</ul></nav></div></div>
<div class="elementor-element elementor-element-9f8e7d6 elementor-widget elementor-widget-heading" data-id="9f8e7d6" data-element_type="widget"><div
class="elementor-widget-container"><p class="elementor-heading-title elementor-size-default">© 2027 Greystones Donkey Refuge</p></div></div></div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://greystonesdonkeys.org/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.3" id="elementor-pro-frontend-js"></script>
<script src="https://greystonesdonkeys.org/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js?ver=1729150000"
id="cmplz-cookiebanner-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout654-elementor-crannock-rescue-story',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eHead.map((i) => at(eBody, i)),
  body: texts(eBody.filter((_, i) => !eHead.includes(i))),
  bylines: ['Written by Rhiannon Vale', 'January 14, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Rescue Stories', 'Bracken, Pip and Tansy on the hill fields last autumn.', ...eShare, 'More rescue stories',
    ...eRel.flat(), 'Read More »', 'Greystones Donkey Refuge, Pen-y-graig, Llanfihangel Nant Melan LD8 2TR', 'Registered charity no. 1174405', ...eFoot,
    '© 2027 Greystones Donkey Refuge', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT654_E: readonly TestPage[] = [elementor];
