import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout316-kit.js';

/**
 * Held-out batch 316, file f: a summer camp's programme page rendered by a Next.js app (CSS-module class names, header
 * with "Book now", hero with a tagline and price badge, a schedule list, a sessions-and-prices table, FAQ accordion,
 * parents' reviews carousel, sticky booking bar, footer, the __NEXT_DATA__ script) and a children's TV programme's page
 * on a Fandom wiki (global navigation, community header, page header with categories, portable infobox, table of
 * contents, edit-section links, an episode table, rail with "Popular pages" and ad slots, the Fandom global footer).
 */
const cTitle = 'Adventure Week at Camp Bramblewood';
const cBody1 = [
  j(
    'Adventure Week is our classic day camp for children aged 7 to 12. Campers spend five days in the woods and on the',
    'lake at Bramblewood, learning new skills, making friends and coming home happily tired.',
  ),
  j(
    'Groups are small, with one counsellor for every eight campers, and every activity is led by qualified instructors. No',
    'experience is needed; we will help your child try things at their own pace.',
  ),
];
const cH1 = 'What a day looks like';
const cBody2 = [
  '9:00 Drop-off and morning circle',
  '9:30 First activity: canoeing, archery or climbing wall',
  '11:00 Snack and free play in the meadow',
  '11:30 Second activity: den building, nature trail or crafts',
  '12:30 Packed lunch by the lake',
  '13:30 Team challenge of the day',
  '15:00 Campfire songs and pick-up',
];
const cH2 = 'Sessions and prices';
const cTable = [
  ['Week 1', '20–24 July', '7–9', '£195', 'Few places left'],
  ['Week 2', '27–31 July', '10–12', '£195', 'Available'],
  ['Week 3', '3–7 August', '7–9', '£205', 'Available'],
  ['Week 4', '10–14 August', '10–12', '£205', 'Waiting list'],
];
const cH3 = 'What to bring';
const cBody3 = [
  'A packed lunch and a refillable water bottle',
  'Clothes that can get muddy, and a change of clothes for canoeing days',
  'Sun cream, a sun hat and a waterproof jacket',
];
const cH4 = 'Frequently asked questions';
const cFaq = [
  ['Can my child come with a friend?', 'Yes. Tell us the friend’s name when you book and we will put them in the same group.'],
  ['Is there a sibling discount?', 'Yes, the second and any further children from the same family get 10% off each week.'],
  ['What if it rains?', 'Most activities carry on in the rain. On very stormy days we move to our barn and run indoor games.'],
];
const cNav = ['Camps', 'Parents', 'Our Team', 'Gallery', 'Contact'];
const cReviews = [
  '“My daughter came home every day with a new story. She is already asking about next summer.” — Priti, parent',
  '“Brilliant staff, brilliant activities. Worth every penny.” — James, parent',
];
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>Adventure Week | Camp
Bramblewood</title><meta name="description" content="A five-day outdoor day camp for children aged 7 to 12."><meta property="og:title" content="${cTitle}">
<meta name="next-head-count" content="6"><link rel="preload" href="/_next/static/css/4c2a1e7b.css" as="style"><link rel="stylesheet"
href="/_next/static/css/4c2a1e7b.css" data-n-g=""><script defer src="/_next/static/chunks/framework-8fa1b2.js"></script><script defer
src="/_next/static/chunks/pages/camps/%5Bslug%5D-1d2e3f.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${cTitle}","eventAttendanceMode":"OfflineEventAttendanceMode",
"location":{"@type":"Place","name":"Camp Bramblewood"},"offers":{"@type":"Offer","price":"195","priceCurrency":"GBP"}}</script></head>
<body><div id="__next"><div class="Layout_root__Zx8qP"><header class="Header_header__k2LmQ"><a class="Header_logo__9pQr1" href="/">Camp Bramblewood</a>
<nav class="Header_nav__x1Y2z" aria-label="Main"><ul class="Header_list__a7Bc2">${links(cNav, 'Header_item__bN4o1')}</ul></nav><a
class="Button_button__R3tY7 Button_primary__m8Vw2" href="/book">Book now</a></header>
<main class="CampPage_main__Q1w2E"><section class="CampPage_hero__3kLm9"><p class="CampPage_eyebrow__T6yU8">Day camp · Ages 7–12</p>
<h1 class="CampPage_title__Hj4K5">${cTitle}</h1><p class="CampPage_tagline__p0O9i">Five days of woods, water and wild fun</p><div
class="PriceBadge_badge__Ll3Kk"><span class="PriceBadge_from__q2W3e">from</span> <span class="PriceBadge_amount__z5X6c">£195</span> <span
class="PriceBadge_per__v7B8n">per week</span></div></section>
<section class="CampPage_section__Fg5Hj"><div class="RichText_richText__Mn2Bv">${ps(cBody1)}</div></section>
<section class="CampPage_section__Fg5Hj"><h2 class="CampPage_sectionTitle__Rt6Yu">${cH1}</h2>
<ul class="Schedule_list__Wq1Ee">${lis(cBody2, 'Schedule_item__As3Dd')}</ul>
</section>
<section class="CampPage_section__Fg5Hj"><h2 class="CampPage_sectionTitle__Rt6Yu">${cH2}</h2><div class="Table_wrap__Xc4Vb"><table
class="Table_table__Nm7Kl"><thead><tr><th>Session</th><th>Dates</th><th>Ages</th><th>Price</th><th>Places</th></tr></thead><tbody>
${cTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div></section>
<section class="CampPage_section__Fg5Hj"><h2 class="CampPage_sectionTitle__Rt6Yu">${cH3}</h2><ul class="RichText_list__Op9Iu">${lis(cBody3)}</ul></section>
<section class="CampPage_section__Fg5Hj"><h2 class="CampPage_sectionTitle__Rt6Yu">${cH4}</h2><div class="Accordion_root__Gh2Jk">
${cFaq
  .map(
    ([q, a]) => `<div class="Accordion_item__Ty6Ui" data-state="closed"><h3 class="Accordion_header__Lk8Jh"><button type="button"
aria-expanded="false" class="Accordion_trigger__Df5Gh">${q}</button></h3><div role="region" class="Accordion_content__Sa3Qw"><p>${a}</p></div></div>`,
  )
  .join('\n')}
</div></section>
<section class="Reviews_reviews__Cv5Bn" aria-roledescription="carousel"><h2 class="Reviews_title__Jk2Ll">What parents say</h2>
${cReviews.map((r) => `<blockquote class="Reviews_slide__Mn3Bb">${r}</blockquote>`).join('\n')}<div class="Reviews_dots__Hh7Gg"><button
aria-label="Go to slide 1"></button><button aria-label="Go to slide 2"></button></div></section></main>
<div class="StickyBar_bar__Ee4Rr"><span class="StickyBar_text__Ww1Qq">Summer 2026 places are filling fast</span><a class="Button_button__R3tY7"
href="/book">Check availability</a></div>
<footer class="Footer_footer__Pp0Oo"><p>Camp Bramblewood, Holloway Lane, Fernley. Ofsted registered provider.</p><ul class="Footer_links__Uu2Yy">
${links(['Safeguarding policy', 'Terms and conditions', 'Privacy'])}</ul><p>© 2026 Camp Bramblewood Ltd</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"camp":{"slug":"adventure-week","title":"${cTitle}","priceFrom":195}}},
"page":"/camps/[slug]","query":{"slug":"adventure-week"},"buildId":"q8ZkT3","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const camp: TestPage = {
  name: 'heldout316-nextjs-summer-camp-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3, cH4, ...cFaq.map((f) => f[0] ?? '')],
  body: texts([...cBody1, ...cBody2, ...cTable.flat(), ...cBody3, ...cFaq.map((f) => f[1] ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Camp Bramblewood', ...cNav, 'Book now', 'Day camp · Ages 7–12', 'Five days of woods, water and wild fun', 'per week', 'What parents say',
    ...cReviews, 'Summer 2026 places are filling fast', 'Check availability', 'Camp Bramblewood, Holloway Lane, Fernley. Ofsted registered provider.',
    'Safeguarding policy', 'Terms and conditions', 'Privacy', '© 2026 Camp Bramblewood Ltd',
  ],
};

const tTitle = 'Pip and the Puddle Parade';
const tBody1 = [
  j(
    'Pip and the Puddle Parade is a children’s animated television series aimed at pre-school viewers. It follows Pip, a',
    'small yellow duckling who lives in the rainy town of Drizzleford, and her friends as they turn every wet day into an',
    'adventure. The series first aired in autumn 2023 and has run for three series.',
  ),
];
const tH1 = 'Premise';
const tBody2 = [
  j(
    'Each eleven-minute episode begins with a rain shower. Pip and her friends put on their boots and set off through town,',
    'where they meet a small problem that can only be solved by working together: a lost umbrella, a blocked drain, or a',
    'snail who cannot find his way home.',
  ),
  j(
    'Every episode ends with the Puddle Parade, a short marching song in which the characters sing about what they learned.',
    'The song changes slightly in each episode, and fans often keep lists of the different verses.',
  ),
];
const tH2 = 'Characters';
const tBody3 = [
  'Pip – a curious duckling who loves splashing and always asks “why?”',
  'Barnaby – a cautious badger who carries a very large umbrella everywhere',
  'Wren and Robin – twin birds who run the town’s only bakery',
  'Grandpa Heron – the oldest resident of Drizzleford, who tells stories about the Great Flood',
];
const tH3 = 'Episodes';
const tBody4 = ['The first series has twenty-six episodes. A selection is listed below.'];
const tEps = [
  ['1', 'The Biggest Puddle', '4 September 2023'],
  ['2', 'Barnaby’s Umbrella', '5 September 2023'],
  ['3', 'The Snail Who Got Lost', '6 September 2023'],
  ['4', 'Rainbow Bread', '7 September 2023'],
];
const tH4 = 'Reception';
const tBody5 = [
  j(
    'The series was praised for its gentle humour and for encouraging young children to play outdoors in all weathers. The',
    'theme song became popular with parents on social media, and a live stage show toured in 2025.',
  ),
  j(
    'Some reviewers felt the second series relied too heavily on the same kind of problem each week. The writers answered',
    'this in the third series, which added longer two-part stories and moved some episodes out of Drizzleford to the',
    'seaside town of Splashcombe.',
  ),
];
const tToc = ['1 Premise', '2 Characters', '3 Episodes', '4 Reception'];
const tPopular = ['Pip (character)', 'Barnaby Badger', 'Drizzleford (town)', 'The Puddle Parade (song)'];
const tGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Start a Wiki'];
const tFoot = ['What is Fandom?', 'About', 'Careers', 'Press', 'Terms of Use', 'Privacy Policy', 'Community Central', 'Support', 'Help'];
const sec = (
  h: string,
): string => `<h2><span class="mw-headline" id="${h}">${h}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/wiki/${tTitle.replace(/ /g, '_')}?action=edit&amp;section=1" title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span>
</span></h2>`;
const tHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Pip and the Puddle Parade | Puddle Parade Wiki | Fandom</title>
<meta name="generator" content="MediaWiki 1.39.7"><meta property="og:site_name" content="Puddle Parade Wiki"><meta property="og:type" content="article">
<link rel="canonical" href="https://puddleparade.fandom.example/wiki/Pip_and_the_Puddle_Parade">
<script>var fandomContext={"site":{"wikiId":2290114,"communityName":"Puddle Parade Wiki"},"page":{"articleTitle":"${tTitle}","pageType":"article"}};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"${tTitle}","about":{"@type":"Thing","name":"${tTitle}"},
"author":{"@type":"Organization","name":"Puddle Parade Wiki Community"}}</script></head>
<body class="skin-fandomdesktop page-Pip_and_the_Puddle_Parade rootpage-Pip_and_the_Puddle_Parade ns-0 ns-subject mw-editable">
<div class="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.example">Fandom</a><nav class="global-navigation__links">
<ul>${links(tGlobal, 'global-navigation__link')}</ul></nav><a class="global-navigation__signin" href="/signin">Sign In</a><a href="/register">Register</a></div>
<div class="main-container"><div class="resizable-container"><header class="fandom-community-header"><a class="fandom-community-header__community-name"
href="/">Puddle Parade Wiki</a><nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">${links(
  ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Characters', 'Episodes'],
  'wds-tabs__tab',
)}</ul></nav></header>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__categories"><span
class="page-header__categories-in">in:</span> <a href="/wiki/Category:Shows">Shows</a>, <a href="/wiki/Category:Series">Series</a></div>
<div class="page-header__title-wrapper"><h1 id="firstHeading" class="page-header__title"><span class="mw-page-title-main">${tTitle}</span></h1></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button" href="?action=edit">Edit</a></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title
pi-secondary-background" data-source="title">${tTitle}</h2><figure class="pi-item pi-image" data-source="image"><img src="https://static.wikia.example/pip.png"
alt="Title card" width="270"><figcaption class="pi-item-spacing pi-caption">Title card from series one</figcaption></figure>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="creator"><h3 class="pi-data-label pi-secondary-font">Created by</h3><div
class="pi-data-value pi-font">Dot Ferris</div></div><div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="series"><h3
class="pi-data-label pi-secondary-font">No. of series</h3><div class="pi-data-value pi-font">3 (78 episodes)</div></div></aside>
${ps(tBody1)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2>
</div><ul>${tToc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t.slice(2)}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${sec(tH1)}
${ps(tBody2)}
${sec(tH2)}
<ul>${lis(tBody3)}</ul>
${sec(tH3)}
${ps(tBody4)}
<table class="wikitable"><tbody><tr><th>No.</th><th>Title</th><th>First aired</th></tr>
${tEps.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${sec(tH4)}
${ps(tBody5)}
</div></div></div>
<div class="page-footer"><div class="page-footer__categories"><div class="wds-collapsible-panel"><header class="wds-collapsible-panel__header">Categories
</header><ul>${links(['Shows', 'Series', 'Community content'], 'category-page__member')}</ul></div></div>
<p class="license-description">Community content is available under CC-BY-SA unless otherwise noted.</p></div></main>
<aside class="page__right-rail" id="WikiaRail"><div class="top-ads-container"><div id="top_boxad" class="ad-slot">Advertisement</div></div><section
class="rail-module popular-pages"><h2 class="rail-module__header">Popular pages</h2><ul>${links(tPopular, 'rail-module__list-item')}</ul></section>
</aside></div></div></div>
<footer class="global-footer"><h2 class="global-footer__title">Explore properties</h2><nav><ul>${links(tFoot, 'global-footer__link')}</ul></nav>
<div class="global-footer__bottom">Puddle Parade Wiki is a Fandom TV Community.</div></footer>
<script>window.RLQ=(window.RLQ||[]).concat(function(){mw.config.set({"wgPageName":"Pip_and_the_Puddle_Parade","wgArticleId":12});});</script></body></html>`;
const fandom: TestPage = {
  name: 'heldout316-fandom-tv-programme-wiki',
  kind: 'wiki',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2, tH3, tH4],
  body: texts([...tBody1, ...tBody2, ...tBody3, ...tBody4, ...tEps.flat().filter((c) => c.length > 2), ...tBody5]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fandom', ...tGlobal.filter((t) => t !== 'TV'), 'Sign In', 'Register', 'Puddle Parade Wiki', 'Explore', 'Main Page', 'Discuss', 'All Pages',
    'Shows', 'Series', 'Edit',
    'Title card from series one', 'Created by', 'Dot Ferris', 'No. of series', '3 (78 episodes)', 'Contents', 'edit', 'Categories',
    'Community content', 'Community content is available under CC-BY-SA unless otherwise noted.', 'Advertisement', 'Popular pages',
    ...tPopular, 'Explore properties', ...tFoot, 'Puddle Parade Wiki is a Fandom TV Community.',
  ],
};

export const HELDOUT316_F: readonly TestPage[] = [camp, fandom];
